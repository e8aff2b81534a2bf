<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annotating</name>
    <message numerus="yes">
        <location filename="../../desktop/window/annotating.py" line="160"/>
        <source>Delete %n speech(es)</source>
        <translation>
            <numerusform>Delete %n speech</numerusform>
            <numerusform>Delete %n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/annotating.py" line="163"/>
        <source>Deleted %n speech(es) — Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %n speech — Ctrl+Z brings it back.</numerusform>
            <numerusform>Deleted %n speeches — Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message numerus="yes">
        <location filename="../../desktop/annotations/annotation_pane.py" line="184"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/compare_dialog.py" line="163"/>
        <source>%n shared term(s); counts are {first} : {second}</source>
        <translation>
            <numerusform>%n shared term; counts are {first} : {second}</numerusform>
            <numerusform>%n shared terms; counts are {first} : {second}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Correcting</name>
    <message numerus="yes">
        <location filename="../../desktop/window/correcting.py" line="143"/>
        <source>Passage removed; %n highlight(s) in it kept as orphans (⚠ in the Annotations panel). Ctrl+Z puts it back.</source>
        <translation>
            <numerusform>Passage removed; %n highlight in it kept as an orphan (⚠ in the Annotations panel). Ctrl+Z puts it back.</numerusform>
            <numerusform>Passage removed; %n highlights in it kept as orphans (⚠ in the Annotations panel). Ctrl+Z puts it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="76"/>
        <source>Only the %n speech(es) selected in the library</source>
        <translation>
            <numerusform>Only the %n speech selected in the library</numerusform>
            <numerusform>Only the %n speeches selected in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="210"/>
        <source>%Ln excerpt(s) will be exported; the first {shown} as they will read:</source>
        <translation>
            <numerusform>%Ln excerpt will be exported; the first {shown} as they will read:</numerusform>
            <numerusform>%Ln excerpts will be exported; the first {shown} as they will read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="212"/>
        <source>%Ln excerpt(s) will be exported:</source>
        <translation>
            <numerusform>%Ln excerpt will be exported:</numerusform>
            <numerusform>%Ln excerpts will be exported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormulasPane</name>
    <message numerus="yes">
        <location filename="../../desktop/study/formulas_pane.py" line="60"/>
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/formulas_pane.py" line="61"/>
        <source>“{formula}”: %n use(s) in {speeches}</source>
        <translation>
            <numerusform>“{formula}”: %n use in {speeches}</numerusform>
            <numerusform>“{formula}”: %n uses in {speeches}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/group_dialog.py" line="98"/>
        <source>Published %n highlight(s).</source>
        <translation>
            <numerusform>Published %n highlight.</numerusform>
            <numerusform>Published %n highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/group_dialog.py" line="99"/>
        <source>Read %n other member(s).</source>
        <translation>
            <numerusform>Read %n other member.</numerusform>
            <numerusform>Read %n other members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message numerus="yes">
        <location filename="../../desktop/window/grouping.py" line="60"/>
        <source>{name} (%n highlight(s))</source>
        <translation>
            <numerusform>{name} (%n highlight)</numerusform>
            <numerusform>{name} (%n highlights)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="111"/>
        <source>Title for the pasted text (%Ln character(s)):</source>
        <translation>
            <numerusform>Title for the pasted text (%Ln character):</numerusform>
            <numerusform>Title for the pasted text (%Ln characters):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="177"/>
        <source>%n highlight(s) could not be found in the new version of their speech. They are kept, marked ⚠ in the Annotations panel: select the words each belongs to and click Re-attach to selection, or delete it.</source>
        <translation>
            <numerusform>%n highlight could not be found in the new version of its speech. It is kept, marked ⚠ in the Annotations panel: select the words it belongs to and click Re-attach to selection, or delete it.</numerusform>
            <numerusform>%n highlights could not be found in the new version of their speech. They are kept, marked ⚠ in the Annotations panel: select the words each belongs to and click Re-attach to selection, or delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="185"/>
        <location filename="../../desktop/window/importing.py" line="193"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="222"/>
        <source>%n highlight(s) added, {skipped} already there</source>
        <translation>
            <numerusform>%n highlight added, {skipped} already there</numerusform>
            <numerusform>%n highlights added, {skipped} already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="225"/>
        <source>; %n automatic directive(s) and figure(s) left out</source>
        <translation>
            <numerusform>; %n automatic directive or figure left out</numerusform>
            <numerusform>; %n automatic directives and figures left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="250"/>
        <source>Updating %n speech(es) for this version of Yandu</source>
        <translation>
            <numerusform>Updating %n speech for this version of Yandu</numerusform>
            <numerusform>Updating %n speeches for this version of Yandu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="257"/>
        <source>Adding %n speech(es) to the search index</source>
        <translation>
            <numerusform>Adding %n speech to the search index</numerusform>
            <numerusform>Adding %n speeches to the search index</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordsPane</name>
    <message numerus="yes">
        <location filename="../../desktop/study/keywords_pane.py" line="66"/>
        <source>《{speech}》: the %n term(s) it uses most beyond the rest of the library (log-likelihood)</source>
        <translation>
            <numerusform>《{speech}》: the %n term it uses most beyond the rest of the library (log-likelihood)</numerusform>
            <numerusform>《{speech}》: the %n terms it uses most beyond the rest of the library (log-likelihood)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <location filename="../../desktop/library/library_model.py" line="188"/>
        <source>{file} — %n speech(es)</source>
        <translation>
            <numerusform>{file} — %n speech</numerusform>
            <numerusform>{file} — %n speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="288"/>
        <source>Delete all %n speech(es) of {files}? They go to the trash (Edit ▸ Trash), and Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete the %n speech of {files}? It goes to the trash (Edit ▸ Trash), and Ctrl+Z brings it back.</numerusform>
            <numerusform>Delete all %n speeches of {files}? They go to the trash (Edit ▸ Trash), and Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="291"/>
        <source>Delete the %n speech(es) of {files} that the filter shows?</source>
        <translation>
            <numerusform>Delete the %n speech of {files} that the filter shows?</numerusform>
            <numerusform>Delete the %n speeches of {files} that the filter shows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="293"/>
        <source>%n more speech(es) of the same file(s), hidden by the filter, are not deleted.</source>
        <translation>
            <numerusform>%n more speech of the same file(s), hidden by the filter, is not deleted.</numerusform>
            <numerusform>%n more speeches of the same file(s), hidden by the filter, are not deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="296"/>
        <source>%n other selected speech(es) will be deleted too.</source>
        <translation>
            <numerusform>%n other selected speech will be deleted too.</numerusform>
            <numerusform>%n other selected speeches will be deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="358"/>
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln speech</numerusform>
            <numerusform>%Ln speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln due for review</numerusform>
            <numerusform>%Ln due for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentionPane</name>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="165"/>
        <source>%Ln directive(s)</source>
        <translation>
            <numerusform>%Ln directive</numerusform>
            <numerusform>%Ln directives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="166"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="214"/>
        <source>Exported %Ln directive(s) to {file}</source>
        <translation>
            <numerusform>Exported %Ln directive to {file}</numerusform>
            <numerusform>Exported %Ln directives to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="216"/>
        <source>Exported %Ln figure(s) to {file}</source>
        <translation>
            <numerusform>Exported %Ln figure to {file}</numerusform>
            <numerusform>Exported %Ln figures to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/properties_dialog.py" line="46"/>
        <source>Properties of %n speech(es)</source>
        <translation>
            <numerusform>Properties of %n speech</numerusform>
            <numerusform>Properties of %n speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message numerus="yes">
        <location filename="../../desktop/reader/reader_pane.py" line="114"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review_dialog.py" line="124"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review_dialog.py" line="126"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message numerus="yes">
        <location filename="../../desktop/study/search_model.py" line="105"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncing</name>
    <message numerus="yes">
        <location filename="../../desktop/window/syncing.py" line="209"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/tag_manager.py" line="137"/>
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/tag_manager.py" line="138"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/trash_dialog.py" line="67"/>
        <source>Remove the %n speech(es) in the trash for good, with their highlights? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %n speech in the trash for good, with its highlights? This cannot be undone.</numerusform>
            <numerusform>Remove the %n speeches in the trash for good, with their highlights? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
