import logging

logging.debug("hidden")
logging.info("hidden too")
logging.warning("disk %s is %d%% full", "sda", 91)
logging.error("an error")
logging.critical("critical: %r", {"k": 1})
log = logging.getLogger("app.db")
log.warning("from a named logger")
log.info("not shown")
print(log, logging.getLogger(), log.parent, log.getEffectiveLevel(), logging.getLogger("app.db") is log)
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(5), logging.WARNING)
