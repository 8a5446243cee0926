import pytest


@pytest.fixture(scope="session")
def nlp():
    """The real pinned pipeline, loaded once for every test that needs it."""
    from kg.extract import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract one text (published Monday 17 March 2025 unless told) to its relations."""
    from datetime import date

    from kg.extract import extract_relations
    from kg.model import Document

    def run(text, *, published=date(2025, 3, 17)):
        return list(extract_relations([Document.create(text, date=published)], nlp=nlp))

    return run
