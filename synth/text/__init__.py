"""Swedish text: sentences, words (stop words, fillers, stems); used by every layer above."""
