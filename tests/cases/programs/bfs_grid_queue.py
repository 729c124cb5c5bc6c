# Breadth-first search on a 320x320 grid with a list as the queue: every step takes
# the queue's first item, as many small programs do.

W = H = 320
wall = bytearray(W * H)
for y in range(H):
    for x in range(W):
        if (x * 7 + y * 13) % 17 == 0 and (x + y) % 5:
            wall[y * W + x] = 1
dist = [-1] * (W * H)
dist[0] = 0
queue = [0]
longest = 0
while queue:
    p = queue.pop(0)
    longest = max(longest, len(queue))
    d = dist[p] + 1
    x = p % W
    for q in (p - W, p + W, p - 1 if x else -1, p + 1 if x < W - 1 else -1):
        if 0 <= q < W * H and not wall[q] and dist[q] < 0:
            dist[q] = d
            queue.append(q)
print(sum(1 for d in dist if d >= 0), W * H - sum(wall))
print(dist[W * H - 1], max(dist), longest)
