import unittest

from example_pkg import goodbye, hello


class HelloTest(unittest.TestCase):
    def test_hello_by_name(self):
        self.assertEqual(hello("Ada"), "Hello, Ada!")

    def test_hello_world(self):
        self.assertEqual(hello(), "Hello, world!")


class GoodbyeTest(unittest.TestCase):
    def test_goodbye_by_name(self):
        self.assertEqual(goodbye(" Ada "), "Goodbye, Ada!")
