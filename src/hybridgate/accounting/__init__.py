"""Accounting: prices, costs, the ledger, budgets and savings."""
