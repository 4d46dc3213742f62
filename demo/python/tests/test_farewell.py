import unittest

from hello_tokenless import farewell


class FarewellTest(unittest.TestCase):
    def test_says_goodbye_by_name(self):
        self.assertEqual(farewell(" Ada "), "Goodbye, Ada.")
        self.assertEqual(farewell(), "Goodbye, world.")
