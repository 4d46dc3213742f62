"""A PEP 517 build backend kept in the source tree (pyproject.toml: backend-path).

It needs nothing but the standard library, so `pip wheel` and `python -m build` work with no
index to download setuptools from. It builds a pure-Python wheel (py3-none-any) of every package
next to pyproject.toml, and an sdist of the tree. Archives are reproducible: the same sources give
the same bytes (fixed timestamps, sorted entries), so a rebuilt file can be compared with the one
already on the registry.
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11 builds need tomli, as setuptools does.
    import tomli as tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# 1980-01-01, the earliest time a zip entry can carry; SOURCE_DATE_EPOCH wins when set.
EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
SKIPPED_DIRS = {"__pycache__", "tests", "build_backend", "dist", "build"}


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        return tomllib.load(handle)["project"]


def _dist_name(project):
    """The name as wheel and sdist file names spell it (PEP 427, PEP 625)."""
    return re.sub(r"[-_.]+", "_", project["name"]).lower()


def _metadata(project):
    lines = [
        "Metadata-Version: 2.4",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
    ]
    if "description" in project:
        lines.append(f"Summary: {project['description']}")
    authors = project.get("authors", [])
    emails = [f"{a['name']} <{a['email']}>" for a in authors if "email" in a and "name" in a]
    if emails:
        lines.append(f"Author-email: {', '.join(emails)}")
    if isinstance(project.get("license"), str):
        lines.append(f"License-Expression: {project['license']}")
    if "requires-python" in project:
        lines.append(f"Requires-Python: {project['requires-python']}")
    for label, url in project.get("urls", {}).items():
        lines.append(f"Project-URL: {label}, {url}")
    readme = project.get("readme")
    body = ""
    if isinstance(readme, str):
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(ROOT, readme), encoding="utf-8") as handle:
            body = handle.read()
    return "\n".join(lines) + "\n\n" + body


def _package_files():
    """Every file of the importable packages, as (archive path, absolute path), sorted."""
    files = []
    for entry in sorted(os.listdir(ROOT)):
        top = os.path.join(ROOT, entry)
        if entry in SKIPPED_DIRS or not os.path.isfile(os.path.join(top, "__init__.py")):
            continue
        for directory, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
            for name in sorted(names):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = os.path.join(directory, name)
                files.append((os.path.relpath(path, ROOT).replace(os.sep, "/"), path))
    return files


def _wheel_text():
    return (
        "Wheel-Version: 1.0\n"
        "Generator: hello_build 1.0\n"
        "Root-Is-Purelib: true\n"
        "Tag: py3-none-any\n"
    )


def _record_hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    dist_info = f"{_dist_name(project)}-{project['version']}.dist-info"
    target = os.path.join(metadata_directory, dist_info)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "METADATA"), "w", encoding="utf-8") as handle:
        handle.write(_metadata(project))
    with open(os.path.join(target, "WHEEL"), "w", encoding="utf-8") as handle:
        handle.write(_wheel_text())
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    name = _dist_name(project)
    version = project["version"]
    dist_info = f"{name}-{version}.dist-info"
    filename = f"{name}-{version}-py3-none-any.whl"
    entries = []
    for archive_path, path in _package_files():
        with open(path, "rb") as handle:
            entries.append((archive_path, handle.read()))
    entries.append((f"{dist_info}/METADATA", _metadata(project).encode("utf-8")))
    entries.append((f"{dist_info}/WHEEL", _wheel_text().encode("utf-8")))
    license_path = os.path.join(ROOT, "LICENSE")
    if os.path.isfile(license_path):
        with open(license_path, "rb") as handle:
            entries.append((f"{dist_info}/licenses/LICENSE", handle.read()))
    record = "".join(f"{p},{_record_hash(d)},{len(d)}\n" for p, d in entries)
    record += f"{dist_info}/RECORD,,\n"
    entries.append((f"{dist_info}/RECORD", record.encode("utf-8")))

    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as wheel:
        for archive_path, data in entries:
            info = zipfile.ZipInfo(archive_path, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, data)
    return filename


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    base = f"{_dist_name(project)}-{project['version']}"
    filename = f"{base}.tar.gz"
    files = [("pyproject.toml", os.path.join(ROOT, "pyproject.toml"))]
    for extra in ("README.md", "LICENSE", "build_backend/hello_build.py"):
        if os.path.isfile(os.path.join(ROOT, extra)):
            files.append((extra, os.path.join(ROOT, extra)))
    files.extend(_package_files())

    def add(archive, name, data):
        info = tarfile.TarInfo(f"{base}/{name}")
        info.size = len(data)
        info.mtime = EPOCH
        info.mode = 0o644
        info.uname = info.gname = ""
        archive.addfile(info, io.BytesIO(data))

    os.makedirs(sdist_directory, exist_ok=True)
    path = os.path.join(sdist_directory, filename)
    with open(path, "wb") as raw:
        # gzip's header carries a time too: fixed, so that the same tree gives the same bytes.
        import gzip

        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=EPOCH, filename="") as zipped:
            with tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as archive:
                add(archive, "PKG-INFO", _metadata(project).encode("utf-8"))
                for archive_path, source in sorted(files):
                    with open(source, "rb") as handle:
                        add(archive, archive_path, handle.read())
    return filename
