# Building argument lists with shlex, and check_output with a shell pipeline.
import shlex, subprocess
cmd = "printf '%s\\n' 'hello world' \"it's\" plain"
args = shlex.split(cmd)
print(args)
print(subprocess.check_output(args, text=True).splitlines())
print(subprocess.check_output('printf "3\\n1\\n2\\n" | sort -n | head -2', shell=True))
print(shlex.join(['echo', 'a b', "c'd"]))
print(subprocess.getoutput(shlex.join(['echo', 'a b', "c'd"])))
print(subprocess.getstatusoutput('ls /nonexistent-dir-xyz')[0])
