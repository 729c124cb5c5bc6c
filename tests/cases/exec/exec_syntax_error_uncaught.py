def run():
    exec("x = = 1")
run()
