#!/usr/bin/python3
"""Write the hostile and broken Word files of tests/data/bad/ (README there says what each must
show; tests/test_read_docx.cpp, suite docx_bad_input, asserts it).

  docx_zip_bomb.docx          word/document.xml unpacks to 64 MiB of text from 64 KB
  docx_zip_bomb_lying.docx    the same entry declaring 1,000 bytes unpacked in both ZIP headers
  docx_billion_laughs.docx    a DTD of nested entities ("billion laughs") used in the body
  docx_xml_200mb.docx         word/document.xml of 200 MiB of small paragraphs, 200 KB packed
  docx_deep_tables.docx       tables nested 100,000 deep
  docx_truncated.docx         ../office/c03.docx cut in half
  docx_bad_data.docx          ../office/c03.docx with bytes of word/document.xml's data garbled
  docx_encrypted_entry.docx   word/document.xml flagged as encrypted (ZIP traditional encryption)
  docx_password.docx          an Office password-protected file: an OLE compound file holding
                              the EncryptionInfo and EncryptedPackage streams, as Word and WPS
                              write one (the package bytes here are random)
  docx_not_wellformed.docx    word/document.xml cut inside an element
  docx_no_main_part.docx      a package whose relationships and content types name
                              word/document.xml, without that part

Standard library only; deterministic output:
    /usr/bin/python3 tools/make_bad_docx.py
"""

import os
import random
import struct
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "bad")
C03 = os.path.join(ROOT, "tests", "data", "office", "c03.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
TAIL = "</w:body></w:document>"


def info(name, method=zipfile.ZIP_DEFLATED):
    i = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    i.compress_type = method
    return i


def write(name, document, method=zipfile.ZIP_DEFLATED, with_document=True):
    """A package with the given document.xml (bytes, or an iterable of byte chunks)."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", compresslevel=9) as z:
        z.writestr(info("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(info("_rels/.rels"), RELS)
        if with_document:
            if isinstance(document, bytes):
                z.writestr(info("word/document.xml", method), document)
            else:
                with z.open(info("word/document.xml", method), "w") as f:
                    for chunk in document:
                        f.write(chunk)
    return path


def patch_sizes(path, entry, declared):
    """Makes both ZIP headers of `entry` declare `declared` unpacked bytes (a lying bomb)."""
    data = bytearray(open(path, "rb").read())
    name = entry.encode()
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        at = data.find(signature)
        while at >= 0:
            n = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + n] == name:
                struct.pack_into("<I", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    open(path, "wb").write(bytes(data))


def bombs():
    mib = 1 << 20
    text = lambda: (b"A" * mib for _ in range(64))
    body = lambda: iter([HEAD.encode() + b"<w:p><w:r><w:t>", *text(), b"</w:t></w:r></w:p>" + TAIL.encode()])
    write("docx_zip_bomb.docx", body())
    path = write("docx_zip_bomb_lying.docx", body())
    patch_sizes(path, "word/document.xml", 1000)


def billion_laughs():
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10)]
    document = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [' + "".join(entities) + "]>"
                f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
                "<w:p><w:r><w:t>之后的段落</w:t></w:r></w:p></w:body></w:document>")
    write("docx_billion_laughs.docx", document.encode())


def xml_200mb():
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    per_chunk = (1 << 20) // len(paragraph)
    chunks = (200 << 20) // (per_chunk * len(paragraph))
    write("docx_xml_200mb.docx", iter([HEAD.encode(), *(paragraph * per_chunk for _ in range(chunks)), TAIL.encode()]))


def deep_tables():
    depth = 100_000
    open_ = b"<w:tbl><w:tr><w:tc>" * depth
    close = b"<w:p/></w:tc></w:tr></w:tbl>" + b"</w:tc></w:tr></w:tbl>" * (depth - 1)
    write("docx_deep_tables.docx", HEAD.encode() + open_ + close + TAIL.encode())


def broken_copies():
    c03 = open(C03, "rb").read()
    open(os.path.join(OUT, "docx_truncated.docx"), "wb").write(c03[: len(c03) // 2])
    # Garble the middle of word/document.xml's compressed data. LibreOffice writes the sizes
    # after the data (a data descriptor), so they are taken from the central directory.
    data = bytearray(c03)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        size = struct.unpack_from("<I", data, at + 20)[0]
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
        local = struct.unpack_from("<I", data, at + 42)[0]
        if data[at + 46:at + 46 + name_len] == b"word/document.xml":
            local_name, local_extra = struct.unpack_from("<HH", data, local + 26)
            start = local + 30 + local_name + local_extra + size // 2
            for k in range(start, start + 64):
                data[k] ^= 0x5A
            break
        at = data.find(b"PK\x01\x02", at + 46 + name_len + extra_len + comment_len)
    open(os.path.join(OUT, "docx_bad_data.docx"), "wb").write(bytes(data))


def encrypted_entry():
    document = (HEAD + "<w:p><w:r><w:t>加密的内容</w:t></w:r></w:p>" + TAIL).encode()
    path = write("docx_encrypted_entry.docx", document, method=zipfile.ZIP_STORED)
    data = bytearray(open(path, "rb").read())
    for signature, flags_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        at = data.find(signature)
        while at >= 0:
            n = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + n] == b"word/document.xml":
                struct.pack_into("<H", data, at + flags_at, struct.unpack_from("<H", data, at + flags_at)[0] | 1)
            at = data.find(signature, at + 4)
    open(path, "wb").write(bytes(data))


def ole_password_protected():
    """A compound file (version 3, 512-byte sectors) with the two streams of an encrypted
    Office package, each at least 4096 bytes so that they live in ordinary sectors."""
    rng = random.Random(15)
    info_stream = (struct.pack("<HHI", 4, 4, 0x40)
                   + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
                     b'xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
                     b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
                     b'hashAlgorithm="SHA512"/></encryption>')
    info_stream += b"\0" * (4096 - len(info_stream))
    package = struct.pack("<Q", 8184) + bytes(rng.randrange(256) for _ in range(8184))
    sector = 512
    streams = [("EncryptionInfo", info_stream), ("EncryptedPackage", package)]
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0: the FAT itself; sector 1: the directory
    starts = []
    for _, data in streams:
        count = len(data) // sector
        starts.append(len(fat))
        fat += [len(fat) + k + 1 for k in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))

    def entry(name, kind, child=0xFFFFFFFF, right=0xFFFFFFFF, start=0xFFFFFFFE, size=0):
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 16 + struct.pack("<I", 0)
                + b"\0" * 16 + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, child=1)
                 + entry("EncryptionInfo", 2, right=2, start=starts[0], size=len(info_stream))
                 + entry("EncryptedPackage", 2, start=starts[1], size=len(package))
                 + entry("", 0))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108)
    assert len(header) == 512 and len(directory) == 512
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + info_stream + package
    open(os.path.join(OUT, "docx_password.docx"), "wb").write(header + body)


def not_wellformed():
    document = (HEAD + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:p><w:r><w:t>全年").encode()
    write("docx_not_wellformed.docx", document)
    write("docx_no_main_part.docx", b"", with_document=False)


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in (bombs, billion_laughs, xml_200mb, deep_tables, broken_copies, encrypted_entry,
                 ole_password_protected, not_wellformed):
        make()
    for name in sorted(os.listdir(OUT)):
        if name.startswith("docx_"):
            print(f"{name}: {os.path.getsize(os.path.join(OUT, name))} bytes")


if __name__ == "__main__":
    main()
