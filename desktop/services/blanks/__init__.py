"""Strict-accountability blanks: the stock, their use by signed results, reports,
printer offsets."""
