import logging
import multiprocessing
import sys
import threading

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(processName)s %(threadName)s %(levelname)s: %(message)s")


def work(n):
    logging.info("working on %d", n)


def rename_and_log():
    multiprocessing.current_process().name = "Renamed"
    logging.info("after rename")


def thread_work():
    logging.warning("from thread")


if __name__ == "__main__":
    logging.info("main starting")
    p = multiprocessing.Process(target=work, args=(1,), name="Worker-A")
    p.start()
    p.join()
    p = multiprocessing.Process(target=work, args=(2,))
    p.start()
    p.join()
    p = multiprocessing.Process(target=rename_and_log)
    p.start()
    p.join()
    t = threading.Thread(target=thread_work, name="T-1")
    t.start()
    t.join()
    logging.info("main again")

    logger = multiprocessing.log_to_stderr()
    print(logger.name, logger.propagate, multiprocessing.get_logger() is logger)
    logger.setLevel(logging.INFO)
    logger.info("mp logger")
    p = multiprocessing.Process(target=print, args=("child output",), name="Logged")
    p.start()
    p.join()
    print("exitcode", p.exitcode)
