print("_helper_raises: before error")
VALUE = 1
raise ValueError("module failed during import")
