print(eval("undefined_name + 1"))
