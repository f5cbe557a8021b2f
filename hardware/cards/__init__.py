"""Loyalty cards: card numbers with their check digits, barcodes, card faces and printable sheets."""
