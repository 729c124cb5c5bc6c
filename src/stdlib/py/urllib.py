"""The `urllib` package; gilpy provides its `parse` module."""
