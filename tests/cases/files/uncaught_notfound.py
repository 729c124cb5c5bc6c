print('before')
open('/tmp/gilpy_case_uncaught_missing.txt')
