"""The stored model scored in plain Python gives what scikit-learn gives; training is deterministic."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from helpers.datafiles import read_target_model
from helpers.errors import DataFileError
from helpers.sentiment.features import mention_features
from helpers.sentiment.model import MODEL_FILE, TargetModel, load_model
from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def trainer():
    return load_benchmark("train_target_sentiment")


def synthetic(n: int = 60) -> pd.DataFrame:
    """Made-up sentences: a person praised, attacked or just named, in a few wordings."""
    praise = ["{} won praise for a brilliant speech.", "Fans cheered {} warmly.", "{} was hailed as a hero."]
    attack = ["Critics attacked {} over the scandal.", "{} was accused of fraud.", "Voters mocked {} as a liar."]
    plain = ["{} arrived in Paris on Monday.", "{} met the delegation.", "The report names {} twice."]
    names = ["Ann Reed", "Tom Baker", "Sam Cole", "Eve Park"]
    rows = []
    for i in range(n):
        wording, gold = [(praise, "positive"), (attack, "negative"), (plain, "neutral")][i % 3]
        name = names[i % len(names)]
        text = wording[(i // 3) % 3].format(name)
        rows.append({"sentence_id": i + 1, "text": text, "target_start": text.index(name),
                     "target_end": text.index(name) + len(name), "gold": gold})
    return pd.DataFrame(rows)


def test_training_twice_gives_the_same_bytes(trainer, tmp_path):
    frame = synthetic()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    trainer.write_model(trainer.train(frame), first)
    trainer.write_model(trainer.train(frame.copy()), second)
    assert first.read_bytes() == second.read_bytes()
    trainer.write_model(trainer.train(frame.iloc[:-3]), second)
    assert first.read_bytes() != second.read_bytes()  # other data, another model


def test_plain_python_scoring_reproduces_sklearn(trainer, tmp_path):
    frame = synthetic()
    features = trainer.featurize(frame)
    blocks, fitted = trainer.fit(features, frame["gold"], trainer.SETTINGS)
    path = tmp_path / "model.json"
    trainer.write_model(trainer.model_json(blocks, fitted, len(frame)), path)
    model = TargetModel(read_target_model(path))
    sentences = ["Critics attacked Bob Gray over the deal.", "Bob Gray won praise in Rome.", "Bob Gray met them."]
    new = [mention_features(s, s.index("Bob Gray"), s.index("Bob Gray") + 8) for s in sentences]
    expected = fitted.predict_proba(blocks.transform(new))
    got = np.array([[model.score(f)[0][lab] for lab in fitted.classes_] for f in new])
    np.testing.assert_allclose(got, expected, atol=1e-4)
    assert list(fitted.predict(blocks.transform(new))) == ["negative", "positive", "neutral"]


def test_the_committed_model_is_small_json_of_the_current_format():
    assert MODEL_FILE.suffix == ".json" and MODEL_FILE.stat().st_size <= 5_000_000
    model = load_model()
    assert model.labels == ("negative", "neutral", "positive") and model.window > 0


@pytest.mark.parametrize("edit, message", [
    (lambda spec: spec.update(format="other/9"), "format is not"),
    (lambda spec: spec["sentence"]["idf"].pop(), "sentence.idf does not have one entry per term"),
    (lambda spec: spec["dense"]["coef"][0].pop(), "dense.coef needs one coefficient per label"),
    (lambda spec: spec.update(labels=["a", "b"]), "three labels"),
])
def test_a_bad_model_file_is_named(tmp_path, edit, message):
    spec = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    edit(spec)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_target_model(path)


def test_a_model_file_that_is_not_json_is_named(tmp_path):
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="model.json: not JSON"):
        read_target_model(path)
