"""PDF and Excel reports: branch summaries, registers and case papers. Free of Qt."""
