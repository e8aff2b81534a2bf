"""Sentences for people, made from the facts the library returns: why a file was not
imported, why a change was not saved, what a search left out, what happened to the
highlights of an import. Shared by the window and the command line, so it imports no Qt: its
sentences go through gettext (`_`, and `ngettext` for counts), as the command line's do."""
from __future__ import annotations

from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from analysis import InputError
from analysis.query import MAX_TERMS, Note, NoteCode
from analysis.rules import RULES
from db import (
    PASTED,
    AnnotationProblem,
    AnnotationReason,
    BackupError,
    BackupReason,
    EditError,
    EditReason,
    ExportProblem,
    IgnoredFile,
    ImportResult,
    ImportStatus,
    LibraryError,
    NotAnExport,
    OpenReason,
    Placement,
    RefusedItem,
    Resolved,
    TargetError,
    WriteError,
    WriteReason,
)
from desktop.common.catalogue import _, ngettext

if TYPE_CHECKING:
    # the exporters load when first used; SecretsError with the keyring, when sync is used
    from db import ExportLabels, SecretsError


def write_reason(error: WriteError) -> str:
    return {
        WriteReason.DISK_FULL: _("the disk is full"),
        WriteReason.READ_ONLY: _("the library file is read-only"),
        WriteReason.LOCKED: _("another program or Yandu window is writing to the library and "
                              "did not finish within 5 seconds"),
        WriteReason.DISK_IO: _("the disk could not be written to"),
    }[WriteReason(error.reason)]


def not_saved(error: LibraryError) -> str:
    """A change that could not be saved: nothing of it was written."""
    if isinstance(error, WriteError):
        return _("{file}: not saved, because {reason}. Nothing of this change was written; "
                 "everything saved before is kept.").format(file=error.path,
                                                             reason=write_reason(error))
    return library_error(error)


def library_error(error: LibraryError) -> str:
    """Why the library (or a backup of it) cannot be opened, copied or changed."""
    detail = f" ({error.detail})" if error.detail else ""
    if isinstance(error, WriteError):
        why = _("{reason}; nothing of the change was written.").format(
            reason=write_reason(error))
    elif isinstance(error, BackupError):
        why = backup_reason(BackupReason(error.reason)) + detail
    else:
        reason = OpenReason(error.reason)
        why = {
            OpenReason.FOREIGN: _("this SQLite file belongs to another program, not Yandu"),
            OpenReason.DAMAGED: _("not a usable Yandu library") + detail,
            OpenReason.NEWER: _("made by a newer Yandu (schema {schema}); update Yandu to open "
                                "it").format(schema=error.detail),
            OpenReason.NOT_MIGRATED: _("not upgraded, because the copy taken first failed")
            + detail,
            OpenReason.READ_ONLY: _("the library is on a disk or in a folder that cannot be "
                                    "written to; copy it somewhere that can and open it there"),
        }[reason]
    return f"{error.path}: {why}"


def backup_reason(reason: BackupReason) -> str:
    return {
        BackupReason.CANNOT_WRITE: _("cannot write the backup"),
        BackupReason.CHECK_FAILED: _("the copy failed its check"),
        BackupReason.CANNOT_SET_ASIDE: _("cannot set the current library aside"),
        BackupReason.NO_FILE: _("cannot restore from it: there is no such file"),
        BackupReason.NOT_YANDU: _("cannot restore from it: it is not a Yandu library"),
        BackupReason.DAMAGED: _("cannot restore from it: it is damaged or not a database"),
        BackupReason.NEWER: _("cannot restore from it: a newer Yandu made it, and this one "
                              "could not open it"),
        BackupReason.SAME_FILE: _("cannot restore the library from itself"),
        BackupReason.IN_USE: _("another Yandu has the library open; close it first"),
    }[reason]


def describe(error: BaseException) -> str:
    """Any error that ends a piece of work, as one line."""
    if isinstance(error, LibraryError):
        return library_error(error)
    if isinstance(error, InputError):
        return f"{error.name}: {input_reason(error)}"
    if isinstance(error, NotAnExport):
        return not_an_export(error)
    if isinstance(error, OSError):
        name = f"{error.filename}: " if error.filename else ""
        return f"{name}{error.strerror or error}"
    return f"{type(error).__name__}: {error}"


def input_reason(error: InputError) -> str:
    """Why a file cannot become speeches, in the reader's language (the analysis says it in
    English, with its facts apart)."""
    return _(error.template).format(**error.facts)


def colour_names() -> dict[str, str]:
    """The highlight colours' own names in the reader's language, by key."""
    return {"yellow": _("yellow"), "green": _("green"), "blue": _("blue"), "pink": _("pink"),
            "orange": _("orange")}


def named_colours(names: dict[str, str]) -> dict[str, str]:
    """Each highlight colour with the name the user gave it (`names`, the library's), as the
    exports and the command line print it: 黄色（重点）; a colour without one, 绿色."""
    return {key: _("{colour} ({name})").format(colour=colour, name=names[key])
            if names.get(key) else colour for key, colour in colour_names().items()}


def export_labels(style: str = "gbt7714-2015",
                  names: dict[str, str] | None = None) -> ExportLabels:
    """The words around the excerpts in an exported file, in the reader's language, with
    references in `style` (db/references.py STYLES) and the colours as the user named them
    (`names`: library.annotations.color_names())."""
    from db import ExportLabels
    return ExportLabels(
        style=style,
        title=_("Yandu excerpts"), note=_("Note: "), tags=_("Tags: "), tag_separator=_(", "),
        untitled=_("Untitled"),
        source=_("— {source} ({kind})"),
        kinds={"highlight": _("highlight"), "directive": _("directive"),
               "figure": _("figure")},
        colours=named_colours(names or {}),
        legend=_("Colours:"),
        # CSV_COLUMNS' order: kind, title, speaker, occasion, date, section, quote, note, tags,
        # color, citation, reference, marked
        columns=(_("kind"), _("title"), _("speaker"), _("occasion"), _("date"), _("section"),
                 _("quote"), _("note"), _("tags"), _("colour"), _("citation"),
                 _("reference"), _("figure or directive")),
        prompt=_("{source}: how does “{opening}…” go on?"), deck=_("Yandu"),
        # Anki's names of Yandu's note types and their fields
        anki={"excerpt": _("Yandu excerpt"), "cloze": _("Yandu cloze"), "prompt": _("Prompt"),
              "passage": _("Passage"), "citation": _("Citation"), "text": _("Text")},
        language=_("en"), located=_("{reference} (in {section})"),
        notes_title=_("Study notes"), name=_("Name: "), date=_("Date: "),
        excerpts_part=_("Excerpts"), reflection_part=_("Reflections"),
        untagged_group=_("Without a tag"),
        # the numbers of a study note's parts and groups: {number} is 1, 2… (一, 二… in notes
        # whose language is Chinese)
        part_number=_("{number}. "), group_number=_("({number}) "))


def day(when: date) -> str:
    """A date as a reader writes it under a title: 2026年5月6日 in Chinese."""
    if _("en").startswith("zh"):  # the catalogue's own language
        return f"{when.year}年{when.month}月{when.day}日"
    return when.isoformat()


def source_name(path: str, whole: bool = False) -> str:
    """Where speeches came from: a file's name (its path when `whole`), or “pasted text”."""
    if path == PASTED:
        return _("pasted text")
    return path if whole else PurePath(path).name


def speeches(count: int) -> str:
    return ngettext("{count} speech", "{count} speeches", count).format(count=count)


def import_status(status: str) -> str:
    """What happened to one imported file, in a word."""
    return {ImportStatus.IMPORTED: _("imported"), ImportStatus.UPDATED: _("updated"),
            ImportStatus.UNCHANGED: _("unchanged"), ImportStatus.DUPLICATE: _("duplicate"),
            ImportStatus.FAILED: _("failed")}[
        ImportStatus(status)]


def import_reason(result: ImportResult) -> str:
    """What importing one file did, after its name."""
    if result.status == "failed":
        if isinstance(result.error, InputError):
            return input_reason(result.error)
        if isinstance(result.error, WriteError):
            return _("not saved, because {reason}. Nothing of this file was written; everything "
                     "saved before is kept.").format(reason=write_reason(result.error))
        return describe(result.error) if result.error else _("failed")
    if result.status == "unchanged":
        if result.restored:
            return ngettext("already in the library as source {source}; {count} deleted speech "
                            "restored",
                            "already in the library as source {source}; {count} deleted "
                            "speeches restored", result.restored).format(
                source=result.source_id, count=result.restored)
        return _("already in the library as source {source}").format(source=result.source_id)
    if result.status == "updated":
        return _("new version: {speeches} updated").format(speeches=speeches(result.speeches)) \
            + placement(result.placement or Placement())
    if result.status == "duplicate":
        return _("the same text is already in the library: {speeches}").format(
            speeches=duplicates(result.duplicates))
    if result.duplicates:
        return speeches(result.speeches) + "; " + _(
            "already in the library, not stored again: {speeches}").format(
            speeches=duplicates(result.duplicates))
    return speeches(result.speeches)


def duplicates(found: list[tuple[int, str | None]], shown: int = 3) -> str:
    """The speeches a file repeats, as the library has them: “title” (speech 12), …"""
    names = [_("“{title}” (speech {id})").format(title=title or _("untitled"), id=speech_id)
             for speech_id, title in found[:shown]]
    if len(found) > shown:
        names.append(ngettext("and {count} more", "and {count} more",
                              len(found) - shown).format(count=len(found) - shown))
    return _(", ").join(names)


def placement(moved: Placement) -> str:
    """What happened to the highlights of a speech whose text changed, after a semicolon."""
    text = ""
    followed = len(moved.moved) + len(moved.fuzzy)
    if followed:
        text += "; " + ngettext("{count} highlight moved with their words",
                                "{count} highlights moved with their words",
                                followed).format(count=followed)
    if moved.orphaned:
        count = len(moved.orphaned)
        text += "; " + ngettext(
            "{count} highlight no longer found in the text, kept as orphans to re-attach or "
            "delete",
            "{count} highlights no longer found in the text, kept as orphans to re-attach or "
            "delete", count).format(count=count)
    return text


def import_line(result: ImportResult) -> str:
    return f"{source_name(result.path)}: {import_reason(result)}"


def search_summary(hits: int, shown: int, total: int, complete: bool, listing: bool,
                   counted: bool = True) -> str:
    """The line under search results: `shown` speeches listed of `total` that may match (of
    at least `total`, when they are not `counted` yet); `complete` when no more are to come,
    so the speeches shown are all there are; `listing` for a filter alone, whose speeches need
    not have hits."""
    if not shown:
        return _("No matches") if complete else _("No hits so far: more speeches to look "
                                                   "through")
    if listing:
        return speeches(shown) if complete else _(
            "Showing the first {shown} of {speeches}").format(shown=shown,
                                                              speeches=speeches(total))
    if complete:
        return ngettext("{count} hit in {speeches}", "{count} hits in {speeches}",
                        hits).format(count=hits, speeches=speeches(shown))
    if not counted:
        return ngettext("{count} hit in the first {shown} of at least {speeches}",
                        "{count} hits in the first {shown} of at least {speeches}",
                        hits).format(count=hits, shown=shown, speeches=speeches(total))
    return ngettext("{count} hit in the first {shown} of {speeches}",
                    "{count} hits in the first {shown} of {speeches}", hits).format(
        count=hits, shown=shown, speeches=speeches(total))


def search_note(note: Note) -> str:
    """Why part of a query was left out or read otherwise."""
    subject, code = note.subject, NoteCode(note.code)
    if code == NoteCode.TOO_LONG:
        return ngettext("the query is too long: its last {count} character was left out",
                        "the query is too long: its last {count} characters were left out",
                        note.count).format(count=note.count)
    if code == NoteCode.TOO_MANY_TERMS:
        return ngettext("only the first {limit} different words are searched; {count} more "
                        "was left out",
                        "only the first {limit} different words are searched; {count} more "
                        "were left out", note.count).format(count=note.count, limit=MAX_TERMS)
    if code == NoteCode.NOT_AS_WRITTEN:
        return ngettext("{count} speech holds the words, but not as written or not where asked",
                        "{count} speeches hold the words, but not as written or not where "
                        "asked", note.count).format(count=note.count)
    return {
        NoteCode.UNCLOSED_QUOTE: lambda: _("a closing quote is missing; the phrase runs to the "
                                           "end"),
        NoteCode.LONE_OR: lambda: _("OR needs a word on each side; it was left out"),
        NoteCode.CANNOT_EXCLUDE: lambda: _("-{field}: cannot exclude; {filter} was used as "
                                           "is").format(field=subject.split(":")[0],
                                                        filter=subject),
        NoteCode.UNKNOWN_KIND: lambda: _("kind:{kind} is not a kind; use kind:directive, "
                                         "kind:figure, kind:annotation").format(kind=subject),
        NoteCode.BAD_DATE: lambda: _("date:{value} is not a date range; write date:2016, "
                                     "date:2016..2018 or date:2016-03..2016-06").format(
            value=subject),
        NoteCode.NO_LETTERS: lambda: _("{term} has no letters or digits to search for; it was "
                                       "left out").format(term=subject),
        NoteCode.ONLY_EXCLUDED: lambda: _("-word only leaves words out; add a word to search "
                                          "for"),
        NoteCode.NOTHING_TO_SEARCH: lambda: _("type a word or phrase to search for, or a kind: "
                                              "kind:directive, kind:figure, kind:annotation"),
    }[code]()


def not_an_export(error: NotAnExport) -> str:
    """Why a file of highlights cannot be read back."""
    return {
        ExportProblem.NOT_JSON: lambda: _("not JSON ({detail})").format(detail=error.detail),
        ExportProblem.TOO_DEEP: lambda: _("nested too deep to be an export of highlights; "
                                          "nothing was read"),
        ExportProblem.TOO_LARGE: lambda: _("too large to be an export of highlights; nothing "
                                           "was read"),
        ExportProblem.NO_ITEMS: lambda: _("no list of annotations (\"items\") in it"),
    }[ExportProblem(error.reason)]()


def refused(code: str) -> str:
    """Why an item of a file of highlights was left out (codes of db/annotation_file.py)."""
    return {
        RefusedItem.NOT_AN_OBJECT: _("it is not an annotation object"),
        RefusedItem.NO_TARGET: _("it has no target (the speech it belongs to)"),
        RefusedItem.NO_SELECTOR: _("its target has no selectors"),
        RefusedItem.NO_QUOTE: _("it has no quoted text, or the quote is not text or too long"),
        RefusedItem.BAD_POSITION: _("its position is not a whole number from 0 to "
                                    "1,000,000,000"),
        RefusedItem.BAD_BODY: _("its body is not a list of notes and tags"),
        RefusedItem.BAD_NOTE: _("its note is not text, or longer than 200,000 characters"),
        RefusedItem.BAD_TAG: _("a tag is empty, not text or longer than 200 characters (or "
                               "over 100 tags)"),
        RefusedItem.BAD_COLOUR: _("its colour is none of yellow, green, blue, pink, orange"),
        RefusedItem.BAD_TIME: _("its creation time is not an ISO date and time"),
    }[RefusedItem(code)]


def annotation_problem(problem: AnnotationProblem) -> str:
    """An annotation of an imported export that needs attention."""
    return {
        AnnotationReason.REFUSED: lambda: _("annotation {number}: left out, because {why}")
        .format(number=problem.number, why=refused(problem.detail)),
        AnnotationReason.NO_SPEECH: lambda: _("annotation {number}: no speech in this library "
                                              "has the text of 《{title}》").format(
            number=problem.number, title=problem.detail or "?"),
        AnnotationReason.ORPHAN: lambda: _("annotation {number}: its words were not found in "
                                           "the speech; kept as an orphan to re-attach").format(
            number=problem.number),
    }[AnnotationReason(problem.reason)]()


def cards_not_made(error: LibraryError) -> str:
    """The review cards of a saved change could not be made (they are made next time)."""
    return _("{file}: the change is saved, but its review cards could not be made, because "
             "{reason}. They are made the next time the library can be written.").format(
        file=error.path, reason=_reason(error))


def not_purged(error: LibraryError) -> str:
    """The trash could not be emptied."""
    return _("{file}: the speeches in the trash could not be removed for good, because "
             "{reason}. They stay in the trash.").format(
        file=error.path, reason=_reason(error))


def _reason(error: LibraryError) -> str:
    return write_reason(error) if isinstance(error, WriteError) else library_error(error)


def field_name(field: str) -> str:
    """A speech field as people call it."""
    return {"title": _("title"), "speaker": _("speaker"), "occasion": _("occasion"),
            "date": _("date"), "origin": _("source (出处)"),
            "publication": _("published in"), "page": _("page"), "url": _("web address"),
            "published": _("publication date"),
            "doc_number": _("document number"), "issue": _("issue"),
            "compilation": _("compilation"), "editors": _("editors"),
            "place": _("place published"),
            "publisher": _("publisher"), "year": _("year published")}.get(field, field)


def mention_kinds(kind: str) -> str:
    """A kind of mention in the plural, as a heading or a count's label."""
    return {"directive": _("directives"), "figure": _("figures"), "date": _("dates"),
            "formula": _("提法 (formulas)"), "document": _("documents")}[kind]


def strength_name(strength: str) -> str:
    return {"prohibit": _("prohibit"), "must": _("must"), "should": _("should"),
            "hope": _("hope"), "task": _("task")}[strength]


def rule_description(rule_id: str) -> str:
    """What a rule of the analysis decides, in the reader's language."""
    return _(RULES[rule_id].description)


def mention_kind(kind: str) -> str:
    return {"directive": _("directive"), "figure": _("figure"), "date": _("date"),
            "formula": _("提法 (formula)"), "document": _("document")}.get(kind, kind)


def figure_kind(kind: str) -> str:
    """What a figure counts (resources/lexicon/units.txt's sections), as people call it."""
    return {"people": _("people"), "money": _("money"), "percent": _("percent"),
            "count": _("count"), "duration": _("duration"), "area": _("area"),
            "length": _("length"), "weight": _("weight"), "volume": _("volume"),
            "energy": _("energy"), "concentration": _("concentration"), "power": _("power"),
            "age": _("age"), "multiple": _("multiple"), "score": _("score"), "rank": _("rank"),
            "rate": _("rate"), "ratio": _("ratio")}.get(kind, kind)


def direction_name(direction: str) -> str:
    return {"up": _("up"), "down": _("down")}.get(direction, direction)


def mention_details(data: dict) -> str:
    """A mention's data as `name=value` pairs in the reader's language (rule ids stay as they
    are: they are names to look up with --explain)."""
    names = {"value": _("value"), "value_max": _("up to"), "unit": _("unit"), "kind": _("kind"),
             "approx": _("approximate"), "placeholder": _("placeholder"),
             "direction": _("direction"), "strength": _("strength"), "addressee": _("addressee"),
             "deadline": _("deadline"), "marker": _("marker"), "cue": _("cue"),
             "expansion": _("expansion"), "rule": _("rule")}
    values = {"kind": figure_kind, "direction": direction_name, "strength": strength_name}
    pairs = []
    for key, value in data.items():
        if value in (None, False):
            continue
        if value is True:
            pairs.append(names.get(key, key))
        else:
            shown = values[key](value) if key in values else value
            pairs.append(f"{names.get(key, key)}={shown}")
    return "  ".join(pairs)


def edit_error(error: EditError) -> str:
    """Why a correction was refused."""
    return {
        EditReason.UNKNOWN_FIELD: _("there is no field “{detail}”"),
        EditReason.BAD_DATE: _("“{detail}” is not a date (write 2024-03-05, 2024-03, 2024 or "
                               "2024年3月5日)"),
        EditReason.BAD_YEAR: _("“{detail}” is not a year (write 2022)"),
        EditReason.BAD_URL: _("“{detail}” is not a web address (it starts with http:// or "
                              "https://, without spaces)"),
        EditReason.TITLE_OF_SEVERAL: _("a title is for one speech, not {detail}"),
        EditReason.NO_SPEECH: _("there is no speech with id {detail}"),
        EditReason.BAD_RANGE: _("{detail} is not a range of characters inside the speech"),
        EditReason.UNKNOWN_KIND: _("there is no kind of mention “{detail}” (directive, figure, "
                                   "date, formula or document)"),
        EditReason.BAD_STRENGTH: _("“{detail}” is not a directive strength (prohibit, must, "
                                   "should or hope), and only directives have one"),
        EditReason.NO_MENTION: _("the analysis found nothing of that kind at {detail}"),
        EditReason.NO_NEXT: _("it is the last speech of its file: there is none after it to "
                              "merge with"),
        EditReason.CHANGED: _("the speech has changed since, so it cannot be taken apart again "
                              "exactly"),
        EditReason.BAD_REPLACEMENT: _("“{detail}” cannot stand in the place of the selected "
                                      "words: write other characters, on one line"),
        EditReason.NOT_FOUND: _("“{detail}” is not in the speech"),
        EditReason.AMBIGUOUS: _("“{detail}” stands more than once in the speech: give a few "
                                "characters before or after it too, so that it is found once"),
    }[EditReason(error.reason)].format(detail=error.detail)


def sync_item(item: str) -> str:
    """What a sync log line is about, in words: `highlights/<id>/note` → 高亮的笔记,
    `tags/执法/color` → 标签“执法”的颜色. Ids of rows mean nothing to a reader and are left
    out; names are kept."""
    collection, _slash, rest = item.partition("/")
    key, _slash, part = rest.rpartition("/") if rest.count("/") else (rest, "", "")
    things = {"highlights": _("highlight"), "tags": _("tag"), "colours": _("colour name"),
              "speech_tags": _("speech tag"), "text": _("text correction"),
              "trash": _("deleted speech"), "fields": _("corrected field"),
              "mentions": _("corrected mention"), "review": _("review card"),
              "sources": _("file")}
    fields = {"note": _("note"), "color": _("colour"), "tags": _("tags"), "name": _("name"),
              "value": _("value"), "start": _("place"), "end": _("place")}
    thing = things.get(collection)
    if thing is None:
        return item
    if collection in ("tags", "colours") and key:
        thing = _("{thing} “{name}”").format(thing=thing, name=key)
    if collection == "fields" and "|" in key:  # a speech's key, then the field corrected
        return _("{thing}: {field}").format(thing=thing,
                                            field=field_name(key.rsplit("|", 1)[1]))
    if not part:
        return thing
    return _("{thing}: {field}").format(thing=thing, field=fields.get(part, part))


def resolved(code: str) -> str:
    """How a sync resolved a conflict: a line with {item} and {kept}."""
    return {
        Resolved.REVIVED: _("{item}: deleted on one machine, edited on another: kept, with "
                            "the edit ({kept})"),
        Resolved.MERGED_TEXT: _("{item}: edited on two machines: both edits kept ({kept})"),
        Resolved.MERGED_SET: _("{item}: changed on two machines: both kept ({kept})"),
        Resolved.ONE_VALUE: _("{item}: set on two machines: kept {kept}"),
    }[Resolved(code)]


def ignored_file(code: str) -> str:
    """Why a sync left a target's file aside: a line with {name}."""
    return {
        IgnoredFile.FOREIGN: _("{name}: not a sync file, left alone"),
        IgnoredFile.CORRUPT: _("{name}: cannot be read, left aside"),
    }[IgnoredFile(code)]


def left_aside() -> str:
    """A file of the sync target that sync left aside (its reason said when it was): a line
    with {name}."""
    return _("{name}: left aside, not read")


def target_reason(error: TargetError) -> str:
    """Why a sync target cannot be used."""
    words = {
        "unreachable": _("it cannot be reached"),
        "refused": _("it refused the request"),
        "not-found": _("a file is missing"),
        "insecure": _("the connection is not secure"),
        "busy": _("it is busy; try again later"),
        "wrong-passphrase": _("the passphrase is wrong"),
        "newer-format": _("a newer Yandu wrote it; update Yandu"),
        "damaged-header": _("its yandu-sync.json is damaged"),
        "unreadable": _("a file cannot be opened"),
    }.get(error.reason, error.reason)
    return f"{words} ({error.detail})" if error.detail else words


def secrets_reason(error: SecretsError) -> str:
    """Why the system keyring did not keep or forget a secret."""
    return {
        "no-keyring": _("this system has no keyring"),
        "locked": _("the keyring is locked"),
    }.get(error.reason, _("the keyring failed ({detail})").format(detail=error.detail))
