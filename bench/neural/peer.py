"""PyTorch peer of ToyRec's co-purchase network: the same architecture, features, split and batch size.

Reads the task written by `toyrec evaluate neural --export DIR`, trains with Adam, early stopping on the exact
validation loss (best weights restored), and prints one JSON object: seconds per epoch (training steps only) and
the network's test P@1 / R@20 on the all-labels variant, computed as ToyRec computes them.
"""
import json
import math
import sys
import time

import torch
import torch.nn as nn


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            category, top, maker, numeric, positives, text = line.rstrip("\n").split("\t")
            pairs = [p.split(":") for p in text.split()] if text else []
            rows.append((int(category), int(top), int(maker), [float(v) for v in numeric.split()],
                         [int(p) for p in positives.split()], [(int(i), float(v)) for i, v in pairs]))
    return rows


def sparse_rows(path, columns):
    indices, values, row_ids = [], [], []
    count = 0
    with open(path, encoding="utf-8") as f:
        for r, line in enumerate(f):
            for pair in line.split():
                i, v = pair.split(":")
                row_ids.append(r)
                indices.append(int(i))
                values.append(float(v))
            count = r + 1
    return torch.sparse_coo_tensor([row_ids, indices], values, (count, columns)).coalesce()


class Peer(nn.Module):
    def __init__(self, meta, label_text, label_counts, train_count):
        super().__init__()
        v, t = meta["vocabulary"], meta["textDimension"]
        self.text = nn.EmbeddingBag(v, t, mode="sum")
        self.text_bias = nn.Parameter(torch.zeros(t))
        nn.init.uniform_(self.text.weight, -math.sqrt(3 / t), math.sqrt(3 / t))
        self.category = nn.Embedding(meta["categories"], meta["categoryDimension"])
        self.top = nn.Embedding(meta["topLevels"], meta["topLevelDimension"])
        self.maker = nn.Embedding(meta["manufacturers"], meta["manufacturerDimension"])
        for e in (self.category, self.top, self.maker):
            nn.init.uniform_(e.weight, -0.1, 0.1)
        width = t + meta["categoryDimension"] + meta["topLevelDimension"] + meta["manufacturerDimension"] \
            + meta["numeric"]
        layers = []
        for h in meta["hidden"]:
            dense = nn.Linear(width, h)
            nn.init.uniform_(dense.weight, -math.sqrt(6 / (width + h)), math.sqrt(6 / (width + h)))
            nn.init.zeros_(dense.bias)
            layers += [dense, nn.ReLU(), nn.Dropout(meta["dropout"])]
            width = h
        self.hidden = nn.Sequential(*layers)
        labels = meta["labels"]
        limit = math.sqrt(3 / width)
        self.free = nn.Parameter(torch.empty(labels, width).uniform_(-limit, limit))
        self.words = nn.Parameter(torch.empty(v, width).uniform_(-limit, limit))
        p = (label_counts + 0.5) / (train_count + 1.0)
        self.bias = nn.Parameter(torch.log(p / (1 - p)))
        self.match = nn.Parameter(torch.full((v,), float(meta["matchWeight"])))
        self.label_text = label_text

    def forward(self, batch):
        text = self.text(batch["words"], batch["offsets"], per_sample_weights=batch["weights"]) + self.text_bias
        x = torch.cat([text, self.category(batch["category"]), self.top(batch["top"]),
                       self.maker(batch["maker"]), batch["numeric"]], dim=1)
        h = self.hidden(x)
        vectors = self.free + torch.sparse.mm(self.label_text, self.words)
        logits = h @ vectors.t() + self.bias
        dense_text = batch["dense_text"] * self.match
        return logits + torch.sparse.mm(self.label_text, dense_text.t()).t()


def batch_of(rows, picks, vocabulary, labels):
    words, weights, offsets = [], [], []
    dense = torch.zeros(len(picks), vocabulary)
    targets = torch.zeros(len(picks), labels)
    for b, r in enumerate(picks):
        row = rows[r]
        offsets.append(len(words))
        for i, v in row[5]:
            words.append(i)
            weights.append(v)
            dense[b, i] = v
        targets[b, row[4]] = 1
    return {
        "words": torch.tensor(words, dtype=torch.long), "weights": torch.tensor(weights),
        "offsets": torch.tensor(offsets, dtype=torch.long), "dense_text": dense,
        "category": torch.tensor([rows[r][0] for r in picks]), "top": torch.tensor([rows[r][1] for r in picks]),
        "maker": torch.tensor([rows[r][2] for r in picks]),
        "numeric": torch.tensor([rows[r][3] for r in picks], dtype=torch.float32),
    }, targets


def loss_of(model, rows, meta, batch_size):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for start in range(0, len(rows), batch_size):
            picks = list(range(start, min(len(rows), start + batch_size)))
            batch, targets = batch_of(rows, picks, meta["vocabulary"], meta["labels"])
            total += nn.functional.binary_cross_entropy_with_logits(model(batch), targets, reduction="sum").item()
    return total / len(rows)


def main(folder, threads):
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    meta = json.load(open(f"{folder}/meta.json"))
    train, validation, test = (read_rows(f"{folder}/{p}.txt") for p in ("train", "validation", "test"))
    label_text = sparse_rows(f"{folder}/labels.txt", meta["vocabulary"])
    counts = torch.zeros(meta["labels"])
    for row in train:
        counts[row[4]] += 1
    model = Peer(meta, label_text, counts, len(train))
    optimiser = torch.optim.Adam(model.parameters(), lr=meta["learningRate"])
    generator = torch.Generator().manual_seed(meta["seed"])
    bs = meta["batchSize"]
    epochs, best, best_loss, best_epoch = [], None, float("inf"), 0
    for epoch in range(1, meta["maxEpochs"] + 1):
        model.train()
        started = time.perf_counter()
        order = torch.randperm(len(train), generator=generator).tolist()
        train_loss, batches = 0.0, 0
        for start in range(0, len(order), bs):
            picks = order[start:start + bs]
            batch, targets = batch_of(train, picks, meta["vocabulary"], meta["labels"])
            loss = nn.functional.binary_cross_entropy_with_logits(model(batch), targets, reduction="sum") / len(picks)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            train_loss += loss.item()
            batches += 1
        seconds = time.perf_counter() - started
        validation_loss = loss_of(model, validation, meta, bs)
        epochs.append({"epoch": epoch, "trainLoss": train_loss / batches, "validationLoss": validation_loss,
                       "seconds": seconds})
        print(json.dumps(epochs[-1]), file=sys.stderr, flush=True)
        if validation_loss < best_loss:
            best_loss, best_epoch = validation_loss, epoch
            best = {k: v.detach().clone() for k, v in model.state_dict().items()}
        if epoch - best_epoch >= meta["patience"]:
            break
    model.load_state_dict(best)
    model.eval()
    p1 = r20 = 0.0
    with torch.no_grad():
        for start in range(0, len(test), bs):
            picks = list(range(start, min(len(test), start + bs)))
            batch, _ = batch_of(test, picks, meta["vocabulary"], meta["labels"])
            top = torch.topk(model(batch), 20, dim=1).indices.tolist()
            for b, r in enumerate(picks):
                positives = set(test[r][4])
                p1 += top[b][0] in positives
                r20 += len(positives.intersection(top[b])) / len(positives)
    print(json.dumps({"torch": torch.__version__, "threads": threads, "epochs": epochs, "bestEpoch": best_epoch,
                      "secondsPerEpoch": sum(e["seconds"] for e in epochs) / len(epochs),
                      "P@1": p1 / len(test), "R@20": r20 / len(test)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
