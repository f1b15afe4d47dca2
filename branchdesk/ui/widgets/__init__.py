"""Widgets and models shared by the workspaces.

* ``paged_table_model``: ``PagedTableModel`` / ``Column``: lazily paged, database-sorted registers.
* ``code_combo``: ``CodeComboBox``: one reference code, labels in the current language.
* ``code_select``: ``CodeCheckBoxes`` (forms) and ``CodeMultiSelectButton`` (filter bars): several codes.
* ``amount_edit``: ``AmountLineEdit``: CNY amounts parsed to fen with ``domain.money``.
* ``field_error``: ``FieldErrorLabel``: the red message under a form field.
* ``date_edit``: ``DateField`` / ``DateTimeField``: date edits that Tab leaves (not walks through).
* ``bar_chart``: ``BarChart`` / ``Bar``: QPainter bars, no QtCharts.
"""
