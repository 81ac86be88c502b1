"""The synthesis engine: embeddings, lenses, themes, breadth and quotes."""
