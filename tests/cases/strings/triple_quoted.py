s = """first line
second "quoted" line
    indented third"""
print(s)
t = '''
starts with newline'''
print(len(t), t[0] == "\n")
print("""a""b""")
print('''it's''')
u = """ends with newline
"""
print(u + "|")
