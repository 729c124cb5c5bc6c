import json
import os

path = "json_files_tmp.json"
with open(path, "w") as f:
    json.dump({"users": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]}, f, indent=2)
with open(path) as f:
    print(f.read())
with open(path) as f:
    data = json.load(f)
print(data["users"][1]["name"], len(data["users"]))
os.remove(path)
