"""Leaders' review: requests and signed decisions exchanged as files in a review folder."""
