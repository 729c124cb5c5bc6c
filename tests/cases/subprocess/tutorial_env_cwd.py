# The child's environment and working directory.
import os, subprocess, sys
os.environ['TUTORIAL_FLAG'] = 'on'
print(subprocess.run([sys.executable, '-c', 'import os; print(os.environ.get("TUTORIAL_FLAG"))'], capture_output=True, text=True).stdout.strip())
env = dict(os.environ, EXTRA='42')
print(subprocess.run('echo $EXTRA $TUTORIAL_FLAG', shell=True, env=env, capture_output=True, text=True).stdout.strip())
print(subprocess.run([sys.executable, '-c', 'import os; print(os.getcwd())'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['env'], env={'ONLY': 'this'}, capture_output=True, text=True).stdout.strip())
del os.environ['TUTORIAL_FLAG']
print(subprocess.run('echo "[$TUTORIAL_FLAG]"', shell=True, capture_output=True, text=True).stdout.strip())
