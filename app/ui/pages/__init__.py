"""The full-window pages of the till: login, shift opening and the sale screen."""
