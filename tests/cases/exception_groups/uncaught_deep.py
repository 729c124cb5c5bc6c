# Groups nested more than 10 deep print "... (max_group_depth is 10)"; multi-line notes
# keep the margin on every line.
eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg] if i % 2 else [TypeError(i), eg])
eg.add_note("multi\nline note")
raise eg
