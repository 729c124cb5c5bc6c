def main():
    return helper() * 2

def helper():
    return 21

print(main())
