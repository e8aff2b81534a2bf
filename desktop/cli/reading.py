"""The commands that read: analyze, eval, list, show, search."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from analysis import InputError
from db import SEARCH_CONTEXT, SOURCE_FIELDS
from desktop.cli.correcting import print_counts
from desktop.cli.library_path import open_library
from desktop.cli.terminal import pad, untitled
from desktop.common import messages
from desktop.common.catalogue import _, ngettext


def analyze(args: argparse.Namespace) -> int:
    from analysis import analyze_file
    from analysis.evaluation.explain import explain_file
    try:
        if args.explain:
            from desktop.cli.explaining import print_explanation  # only for --explain
            print_explanation(explain_file(args.file))
            return 0
        analysis = analyze_file(args.file)
    except InputError as error:
        print(f"yandu: {messages.describe(error)}", file=sys.stderr)
        return 1
    if args.json:
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(ngettext("{file}: {format}, {encoding}, {count} speech",
                   "{file}: {format}, {encoding}, {count} speeches",
                   len(analysis.speeches)).format(
        file=analysis.file, format=analysis.format, encoding=analysis.encoding or "-",
        count=len(analysis.speeches)))
    for speech in analysis.speeches:
        print(f"\n[{speech.position + 1}] {speech.title or untitled()}")
        print("    " + _("speaker: {speaker}  occasion: {occasion}  date: {date}  {count} "
                       "characters").format(speaker=speech.speaker or "-",
                                            occasion=speech.occasion or "-",
                                            date=speech.date or "-", count=len(speech.text)))
        print("    " + "  ".join(f"{messages.mention_kinds(kind)}: {len(items)}"
                                for kind, items in speech.mentions.by_kind().items()))
        for entry in speech.outline:
            if entry.kind == "heading":
                print(f"    {'  ' * (entry.level - 1)}{entry.label}{entry.title}")
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluation.eval import DEFAULT_LABELS, run
    if args.corrections:
        with open_library(args.db) as library:
            print_counts(library)
        return 0
    return run(Path(args.labels) if args.labels else DEFAULT_LABELS, args.errors, args.by_file,
               args.by_rule)


def list_speeches(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        speeches = library.speeches.all()
    if args.json:
        json.dump([dataclasses.asdict(s) for s in speeches], sys.stdout, ensure_ascii=False,
                  indent=1)
        print()
        return 0
    if not speeches:
        print(_("The library is empty. Import speeches with: yandu import PATH…  "
                "(or --samples)"))
        return 0
    source = None
    for speech in speeches:
        if speech.source_path != source:
            source = speech.source_path
            print(f"\n{messages.source_name(source, whole=True)}")
        print(f"  {speech.id:>5}  {speech.date or '-':<10}  {pad(speech.speaker or '-', 8)}  "
              f"{speech.title or untitled()}  " + _("[{count} 字]").format(count=speech.chars))
    return 0


def show(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        try:
            record = library.speeches.get(args.id)
            published = [state for state in library.corrections.fields(args.id)
                         if state.field in SOURCE_FIELDS and state.value]
        except LookupError:
            print(_("yandu: no speech with id {id} in {file}").format(id=args.id,
                                                                      file=library.path),
                  file=sys.stderr)
            return 1
    summary = record.summary
    print(summary.title or untitled())
    print(_("speaker: {speaker}  occasion: {occasion}  date: {date}").format(
        speaker=summary.speaker or "-", occasion=summary.occasion or "-",
        date=summary.date or "-"))
    print(_("source: {file} (speech {number})").format(
        file=messages.source_name(summary.source_path, whole=True), number=record.number))
    if summary.origin:
        print(_("出处: {origin}").format(origin=summary.origin))
    if record.ocr:
        unsure = sum(end - start for start, end in record.uncertain)
        print(ngettext("read by OCR from a scan: {count} character it was unsure of",
                       "read by OCR from a scan: {count} characters it was unsure of",
                       unsure).format(count=unsure))
    for state in published:
        print(f"{messages.field_name(state.field)}: {state.value}")
    print()
    if args.outline:
        for entry in record.outline:
            print(f"{'  ' * (entry.level - 1)}{entry.label}{entry.title}")
    elif args.mentions:
        for mention in record.mentions:
            print(f"{mention.start:>6}-{mention.end:<6}  "
                  f"{pad(messages.mention_kind(mention.kind), 9)}  {mention.text[:60]}  "
                  f"{messages.mention_details(mention.data)}")
    else:
        print(record.text)
    return 0


def search(args: argparse.Namespace) -> int:
    with open_library(args.db) as library:
        results = library.search.find(" ".join(args.query), limit=args.limit)
        total = None if results.counted else library.search.count(results.query)
        if total is not None:  # past the ranked matches a page comes first; counted now
            results.speeches, results.counted = total, True
    for note in results.notes:
        print(f"yandu: {messages.search_note(note)}", file=sys.stderr)
    if args.json:
        found = dataclasses.asdict(results) | {"hits": results.hits}
        found["notes"] = [messages.search_note(note) for note in results.notes]
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0 if results.groups else 1
    for group in results.groups:
        heading = (f"[{group.speech_id}] 《{group.title or untitled()}》 {group.speaker or ''} "
                   f"{group.date or ''}").rstrip()
        if group.hits:  # a filter alone lists speeches without hits
            heading += " — " + ngettext("{count} hit", "{count} hits", len(group.hits)).format(
                count=len(group.hits))
        print("\n" + heading)
        for hit in group.hits:
            mark = "  " + _("note: ") if hit.where == "note" else "  "
            print(f"{mark}{pad(hit.left, 2 * SEARCH_CONTEXT, right=True)} 【{hit.match}】 "
                  f"{hit.right}")
    complete = results.next_offset is None
    summary = messages.search_summary(results.hits, len(results.groups), results.speeches,
                                      complete=complete, listing=results.listing)
    print("\n" + (summary if complete else _("{summary}; use --limit for more").format(
        summary=summary)))
    return 0 if results.groups else 1
