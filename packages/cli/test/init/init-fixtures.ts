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
