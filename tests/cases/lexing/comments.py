# leading comment
x = 1  # trailing comment
      # a comment at an odd indentation does not start a block
if x:  # comment after colon
    # comment inside block
    print("in block")  # trailing
        # deeper comment line
    print("still in block")
# comment between statements

print("after")  # end
#no space after hash
