import unittest

from hello_tokenless import greet


class GreetTest(unittest.TestCase):
    def test_greets_by_name(self):
        self.assertEqual(greet("Ada"), "Hello, Ada!")

    def test_greets_the_world_without_a_name(self):
        self.assertEqual(greet(), "Hello, world!")

    def test_trims_the_name(self):
        self.assertEqual(greet("  Ada \n"), "Hello, Ada!")
