if True:
	print("tab indented")
	if 1:
		print("two tabs")
	print("back")
print("done")
