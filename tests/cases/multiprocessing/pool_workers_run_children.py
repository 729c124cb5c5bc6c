# Pool workers that each start a child program (fork, then exec from the worker).
import multiprocessing, subprocess

def word_count(text):
    r = subprocess.run(['wc', '-w'], input=text, capture_output=True, text=True, check=True)
    return int(r.stdout)

if __name__ == '__main__':
    texts = ['one two', 'three four five', '', 'a b c d e f']
    with multiprocessing.Pool(2) as pool:
        print(pool.map(word_count, texts))
    p = multiprocessing.Process(target=subprocess.call, args=(['echo', 'from a Process child'],))
    p.start()
    p.join()
    print(p.exitcode)
