// The repositories the init tests start from.
import { packageJson } from './init-support.js'

export const npmSingle = {
  'package.json': packageJson({
    name: 'acme-widget',
    version: '1.1.0',
    repository: 'github:acme/widget',
    scripts: { test: 'node --test' },
  }),
  'index.js': 'export const widget = 1\n',
  'widget.test.js': "import { test } from 'node:test'\ntest('widget', () => {})\n",
  'CHANGELOG.md': '# Changelog\n\n## 1.1.0\n\n- More.\n\n## 1.0.0\n\n- First.\n',
}

export const setuptools = {
  'pyproject.toml': `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-widget"
version = "0.4.0"
`,
  'src/acme_widget/__init__.py': '',
  'tests/test_widget.py': 'def test_widget():\n    assert True\n',
}

/** A Python package whose build backend is in the tree and needs nothing downloaded. */
export function inTreePython(backend: string): Record<string, string> {
  return {
    'pyproject.toml': `[build-system]
requires = []
build-backend = "hello_build"
backend-path = ["build_backend"]

[project]
name = "acme-greet"
version = "0.2.0"
requires-python = ">=3.9"
`,
    'build_backend/hello_build.py': backend,
    'acme_greet/__init__.py': 'def greet():\n    return "hello"\n',
    'tests/__init__.py': '',
    'tests/test_greet.py':
      'import unittest\nfrom acme_greet import greet\n\n\nclass GreetTest(unittest.TestCase):\n    def test_greet(self):\n        self.assertEqual(greet(), "hello")\n',
  }
}
