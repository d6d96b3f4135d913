"""The issue's three scikit-learn reference pipelines, rebuilt from the raw catalogue, scored on two splits.

Usage: reference.py CATALOG_CSV SPLIT_TSV

The reference figures (0.831, 0.848, 0.865) were measured on scikit-learn's own stratified 80/20 split with
seed 42, which is not ToyRec's split. Scoring the same pipelines on ToyRec's split (SPLIT_TSV, written by
CategoryBench) shows how much of a gap between ToyRec and the reference figures is the split and how much the
model; scoring them on scikit-learn's split of the same products shows whether the rebuild matches the figures.
The pipelines keep scikit-learn's defaults (C = 1), as a study would; ToyRec's labels (classes of fewer than 10
products folded into Other) are used for both.
"""
import re
import sys

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import LinearSVC

catalog_path, split_path = sys.argv[1], sys.argv[2]
split = pd.read_csv(split_path, sep="\t", dtype=str)
raw = pd.read_csv(catalog_path, dtype=str, keep_default_na=False)
# A product id can repeat in the raw file; the cleaner keeps the first row of each.
raw = raw.drop_duplicates("uniq_id").set_index("uniq_id")
rows = raw.loc[split["uniq_id"]]
names = rows["product_name"].tolist()
manufacturers = rows["manufacturer"].str.strip().str.lower().tolist()
labels = split["class"].astype(int).to_numpy()


def first_number(text):
    match = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?", text)
    return float(match.group(0).replace(",", "")) if match else np.nan


log_price = np.log1p(np.array([first_number(p) for p in rows["price"]]))
rating = np.array([first_number(r) for r in rows["average_review_rating"]])


def numeric(train, test):
    """Log price and rating, missing values as the training median, standardised on the training part."""
    values = np.column_stack([log_price, rating])
    medians = np.nanmedian(values[train], axis=0)
    values = np.where(np.isnan(values), medians, values)
    scaler = StandardScaler().fit(values[train])
    return sp.csr_matrix(scaler.transform(values[train])), sp.csr_matrix(scaler.transform(values[test]))


def text_block(vectorizer, train, test, texts=None):
    texts = names if texts is None else texts
    fitted = vectorizer.fit([texts[i] for i in train])
    return fitted.transform([texts[i] for i in train]), fitted.transform([texts[i] for i in test])


def score(train, test):
    """Accuracy of each reference pipeline with the given train and test positions."""
    word = text_block(TfidfVectorizer(ngram_range=(1, 2)), train, test)
    char = text_block(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)), train, test)
    encoder = OneHotEncoder(handle_unknown="ignore").fit([[manufacturers[i]] for i in train])
    maker = (encoder.transform([[manufacturers[i]] for i in train]),
             encoder.transform([[manufacturers[i]] for i in test]))
    num = numeric(train, test)
    pipelines = {
        "LogisticRegression, name word 1-2 grams + price + rating": (LogisticRegression(max_iter=1000), [word, num]),
        "LinearSVC, name word + char n-grams": (LinearSVC(), [word, char]),
        "LinearSVC, name word + char n-grams + manufacturer": (LinearSVC(), [word, char, maker]),
    }
    results = {}
    for name, (model, blocks) in pipelines.items():
        x_train = sp.hstack([b[0] for b in blocks]).tocsr()
        x_test = sp.hstack([b[1] for b in blocks]).tocsr()
        model.fit(x_train, labels[train])
        results[name] = float((model.predict(x_test) == labels[test]).mean())
    return results


positions = np.arange(len(labels))
toyrec_split = (positions[(split["part"] == "train").to_numpy()], positions[(split["part"] == "test").to_numpy()])
sklearn_split = train_test_split(positions, test_size=0.2, stratify=labels, random_state=42)
on_toyrec, on_sklearn = score(*toyrec_split), score(*sklearn_split)
for name in on_toyrec:
    print(f"reference\t{name}\t{on_sklearn[name]:.4f}\t{on_toyrec[name]:.4f}")
