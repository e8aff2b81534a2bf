<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/window/actions.py" line="88"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="89"/>
        <source>Import speeches from HTML, Word, PDF or text files</source>
        <translation>从 HTML、Word、PDF 或文本文件导入讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="90"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="92"/>
        <source>Import every speech file in a folder and its subfolders</source>
        <translation>导入文件夹及其子文件夹中的所有讲话文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="94"/>
        <source>&amp;Paste as new speech…</source>
        <translation>粘贴为新讲话(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="96"/>
        <source>Make a new speech from the text on the clipboard</source>
        <translation>用剪贴板中的文字新建一篇讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="98"/>
        <source>Import the &amp;sample speeches</source>
        <translation>导入示例讲话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="99"/>
        <source>&amp;Export highlights…</source>
        <translation>导出高亮(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="100"/>
        <source>Export highlights with notes and citations to Markdown, Word, HTML, CSV, JSON or Anki (Ctrl+E)</source>
        <translation>将高亮连同笔记和出处导出为 Markdown、Word、HTML、CSV、JSON 或 Anki 格式（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="103"/>
        <source>Import highlights from &amp;JSON…</source>
        <translation>从 JSON 导入高亮(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="105"/>
        <source>Add the highlights of a JSON export to the same speeches in this library</source>
        <translation>把 JSON 导出文件中的高亮添加到本文库中相同的讲话上</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="107"/>
        <source>Export &amp;corrections…</source>
        <translation>导出更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="109"/>
        <source>Write your corrections of the analysis to a JSON file, to hand them in as labels</source>
        <translation>把你对分析结果的更正写入 JSON 文件，可作为标注提交</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="111"/>
        <source>&amp;Print speech…</source>
        <translation>打印讲话(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="112"/>
        <source>Print the open speech with its highlights and notes</source>
        <translation>打印打开的讲话及其高亮和笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="114"/>
        <source>Save speech as P&amp;DF…</source>
        <translation>讲话另存为 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="115"/>
        <source>The open speech with its highlights and notes, as a PDF file</source>
        <translation>把打开的讲话及其高亮和笔记存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="117"/>
        <source>&amp;Back up library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="118"/>
        <source>Save a copy of the whole library, safely while in use</source>
        <translation>保存整个文库的副本，使用中也可安全备份</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="120"/>
        <source>&amp;Restore library…</source>
        <translation>恢复文库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="121"/>
        <source>Replace the library with a backup</source>
        <translation>用备份替换当前文库</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="122"/>
        <source>&amp;Automatic backups…</source>
        <translation>自动备份(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="123"/>
        <source>How many daily and before-update backups to keep beside the library</source>
        <translation>在文库旁保留多少份每日备份和更新前备份</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="125"/>
        <source>Open or create &amp;library…</source>
        <translation>打开或新建文库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="126"/>
        <source>Work in another library file (this window closes)</source>
        <translation>改用另一个文库文件（本窗口会关闭）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="131"/>
        <source>Highlight {colour}</source>
        <translation>{colour}高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="133"/>
        <source>Highlight the selected text in {colour} ({key})</source>
        <translation>用{colour}高亮所选文字（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="136"/>
        <source>Highlight and add &amp;note</source>
        <translation>高亮并添加笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="137"/>
        <source>Highlight the selection (or pick the highlight under the cursor) and type a note for it (N)</source>
        <translation>高亮所选文字（或选中光标处的高亮）并为它写笔记（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="139"/>
        <source>&amp;Delete highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="141"/>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="142"/>
        <source>Correct the title, speaker, occasion, date and 出处 of the open speech, or of those selected in the library (Alt+Enter)</source>
        <translation>更正打开的讲话（或文库中选中的讲话）的标题、讲话人、场合、日期和出处（Alt+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="145"/>
        <source>Edit &amp;title</source>
        <translation>修改标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="146"/>
        <source>Correct the speech&apos;s title (F2; typed in place in the library list)</source>
        <translation>更正讲话标题（F2；在文库列表中可直接输入）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="148"/>
        <source>&amp;Split speech at cursor</source>
        <translation>在光标处拆分讲话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="150"/>
        <source>Make the text from the cursor on a speech of its own; highlights go with their words</source>
        <translation>从光标处起的文字另成一篇讲话；高亮随原文移动</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="152"/>
        <source>&amp;Merge with next speech</source>
        <translation>与下一篇合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="154"/>
        <source>Join the next speech of the same file to this one</source>
        <translation>把同一文件的下一篇讲话并入这一篇</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="155"/>
        <source>Re&amp;move passage from text</source>
        <translation>从正文删去段落(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="157"/>
        <source>Take the selected passage (web furniture the cleaner missed) out of the speech&apos;s text</source>
        <translation>把选中的段落（清理时漏掉的网页杂项）从讲话正文中删去</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="159"/>
        <source>Correct te&amp;xt…</source>
        <translation>更正文字(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="161"/>
        <source>Put the right characters in the place of the selected ones (a word OCR misread); kept when the file is imported again</source>
        <translation>用正确的字替换选中的字（识别错的字）；重新导入文件后仍保留</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="164"/>
        <source>&amp;Find in speech…</source>
        <translation>在讲话中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="165"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="166"/>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="168"/>
        <source>Copy with &amp;citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="170"/>
        <source>Copy the selected passage followed by 《title》, speaker, occasion, date and section</source>
        <translation>复制选中的段落，后附《标题》、讲话人、场合、日期和章节</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="173"/>
        <source>Underline &amp;whole directives</source>
        <translation>整句下划指示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="175"/>
        <source>Underline every directive sentence, not only its modal word (a margin mark shows each one)</source>
        <translation>为每个指示句整句加下划线，而不只是情态词（页边标记逐句标出指示）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="177"/>
        <source>&amp;Reading mode</source>
        <translation>阅读模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="178"/>
        <source>Full screen with the text alone (F11 again to leave)</source>
        <translation>全屏，只显示正文（再按 F11 退出）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="180"/>
        <source>&amp;Distraction-free</source>
        <translation>专注阅读(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="182"/>
        <source>Hide the library, outline, annotations, study panel and toolbar</source>
        <translation>隐藏文库、提纲、批注、学习面板和工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="184"/>
        <source>&amp;Maximise study panel</source>
        <translation>最大化学习面板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="186"/>
        <source>The study panel in the place of the text and the lists, and back (Ctrl+Shift+S); opening a result shows the text</source>
        <translation>学习面板占据正文和列表的位置，再按一次还原（Ctrl+Shift+S）；打开一条结果即回到正文</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="189"/>
        <source>T&amp;rash…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="190"/>
        <source>Deleted speeches: restore them, or empty the trash</source>
        <translation>已删除的讲话：恢复，或清空回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="192"/>
        <source>Reading se&amp;ttings…</source>
        <translation>阅读设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="193"/>
        <source>Font, size, line spacing and a light, sepia or dark page</source>
        <translation>字体、字号、行距，以及浅色、护眼或深色页面</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="195"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="197"/>
        <source>&amp;About Yandu</source>
        <translation>关于研读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="198"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="200"/>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="201"/>
        <source>&amp;Default text size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="203"/>
        <source>&amp;Search the library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="205"/>
        <source>Search every speech and note (Ctrl+Shift+F)</source>
        <translation>搜索所有讲话和笔记（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="206"/>
        <source>&amp;Directives</source>
        <translation>要求(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="207"/>
        <source>Every directive in the library as a table</source>
        <translation>以表格列出文库中的全部要求</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="208"/>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="209"/>
        <source>Every figure in the library as a table</source>
        <translation>以表格列出文库中的全部数据</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="210"/>
        <source>提法 F&amp;ormulas</source>
        <translation>提法(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="211"/>
        <source>Every 提法 with its uses</source>
        <translation>全部提法及其出现之处</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="212"/>
        <source>&amp;Keywords of this speech</source>
        <translation>本篇关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="214"/>
        <source>The terms that set the open speech apart from the rest of the library</source>
        <translation>使当前讲话有别于文库中其他讲话的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="216"/>
        <source>&amp;Compare two speeches…</source>
        <translation>对比两篇讲话(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="217"/>
        <source>Shared and distinctive terms and directives of two speeches (select two in the library first)</source>
        <translation>两篇讲话共有和各自特有的词语与要求（先在文库中选中两篇）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="219"/>
        <source>&amp;Review…</source>
        <translation>复习(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="220"/>
        <source>Review the highlights and cloze cards that are due (Ctrl+R)</source>
        <translation>复习到期的高亮卡片和填空卡片（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="222"/>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="223"/>
        <source>Rename, merge, recolour and delete tags</source>
        <translation>重命名、合并、改色和删除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="224"/>
        <source>&amp;Name the colours…</source>
        <translation>为颜色命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="225"/>
        <source>Say what each highlight colour stands for (重点, 数据…): the names show wherever the colours are offered and in exports</source>
        <translation>说明每种高亮颜色代表什么（重点、数据……）：凡是选颜色的地方和导出文件里都会显示这些名称</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="228"/>
        <source>Group &amp;members</source>
        <translation>小组成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="229"/>
        <source>Show or hide each study group member&apos;s highlights</source>
        <translation>显示或隐藏每位小组成员的高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="231"/>
        <source>Study &amp;group…</source>
        <translation>学习小组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="232"/>
        <source>Publish your highlights to your study group and read the other members&apos;</source>
        <translation>把我的高亮发布到学习小组，并读取其他成员的高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="234"/>
        <source>S&amp;ync…</source>
        <translation>同步(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="235"/>
        <source>Sync this library with your other machines through a folder or a WebDAV server (坚果云, Nextcloud), encrypted with your passphrase; the sync log</source>
        <translation>通过文件夹或 WebDAV 服务器（坚果云、Nextcloud）与其他电脑同步本文库，用口令加密；同步日志</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="238"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="239"/>
        <source>Send your changes and take in those of your other machines now (Ctrl+Shift+Y)</source>
        <translation>立即发送你的改动并接收其他电脑的改动（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="252"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="256"/>
        <source>Recent li&amp;braries</source>
        <translation>最近的文库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="258"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="264"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="266"/>
        <source>Library &amp;columns</source>
        <translation>文库列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="269"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="270"/>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="273"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="275"/>
        <source>&amp;Citation style</source>
        <translation>引文格式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="276"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="319"/>
        <source>{colour} — {name}: highlight the selected text ({key})</source>
        <translation>{colour} — {name}：高亮所选文字（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/actions.py" line="338"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../desktop/window/annotating.py" line="32"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="34"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="36"/>
        <source>Tag highlight</source>
        <translation>给高亮加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="63"/>
        <source>Select some text in the speech first.</source>
        <translation>请先在讲话中选中一段文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="67"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="74"/>
        <source>Highlighted in {colour}: {quote}</source>
        <translation>已用{colour}高亮：{quote}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="88"/>
        <source>Name colours</source>
        <translation>为颜色命名</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="99"/>
        <source>Select some text, or put the cursor in a highlight, to write a note.</source>
        <translation>选中一段文字，或把光标放在一处高亮里，才能写笔记。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="133"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="141"/>
        <source>Select the words the highlight belongs to first.</source>
        <translation>请先选中这处高亮所属的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="144"/>
        <source>Re-attach highlight</source>
        <translation>重新附着高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="148"/>
        <source>Highlight re-attached.</source>
        <translation>高亮已重新挂接。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/annotating.py" line="154"/>
        <source>Tag speech</source>
        <translation>给讲话加标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/annotating.py" line="160"/>
        <source>Delete %n speech(es)</source>
        <translation>
            <numerusform>删除 %n 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/annotating.py" line="163"/>
        <source>Deleted %n speech(es) — Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已删除 %n 篇讲话，按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../desktop/annotations/annotation_model.py" line="17"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_model.py" line="18"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_model.py" line="19"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_model.py" line="60"/>
        <source>{colour}: {quote}</source>
        <translation>{colour}：{quote}</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_model.py" line="62"/>
        <source>Not found in the new version of this speech. Select the words it belongs to and choose Re-attach, or delete it.</source>
        <translation>在这篇讲话的新版本中找不到它。请选中它所属的文字并选择“重新挂接”，或将它删除。</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="41"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="53"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="63"/>
        <source>Re-attach to selection</source>
        <translation>挂接到所选文字</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="65"/>
        <source>Not found in the new version of this speech. Select the words in the speech it belongs to, then click here.</source>
        <translation>在这篇讲话的新版本中找不到它。请在讲话中选中它所属的文字，再点这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="69"/>
        <source>Delete this highlight (Ctrl+Z brings it back)</source>
        <translation>删除这处高亮（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="72"/>
        <source>Note — saved as you type</source>
        <translation>笔记——边写边保存</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="74"/>
        <source>Tag this highlight…</source>
        <translation>给这处高亮加标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="182"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/annotations/annotation_pane.py" line="184"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/annotations/annotation_pane.py" line="187"/>
        <source>{count} · ⚠ {orphans} to re-attach</source>
        <translation>{count} · ⚠ {orphans} 处待重新挂接</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <location filename="../../desktop/app.py" line="35"/>
        <location filename="../../desktop/app.py" line="45"/>
        <location filename="../../desktop/app.py" line="62"/>
        <location filename="../../desktop/app.py" line="107"/>
        <source>Yandu</source>
        <translation>研读</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <source>{problem}

There is no automatic backup of it to restore. The file has not been changed.</source>
        <translation>{problem}

它没有可供恢复的自动备份。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35"/>
        <source>{problem}

Restore the latest backup, taken {taken}?
({file})

The damaged file is kept beside the library.</source>
        <translation>{problem}

要恢复 {taken} 的最新备份吗？
（{file}）

损坏的文件会保留在文库旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="45"/>
        <source>The backup could not be restored: {why}</source>
        <translation>无法恢复备份：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="62"/>
        <source>{file} is already open in another Yandu window (process {pid} on {host}). Switch to that window, or close it and start Yandu again.</source>
        <translation>{file} 已在另一个研读窗口中打开（{host} 上的进程 {pid}）。请切换到那个窗口，或将其关闭后重新启动研读。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="96"/>
        <source>研读 Yandu</source>
        <translation>研读</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/window/backups.py" line="27"/>
        <source>Yandu library (*.sqlite)</source>
        <translation>研读文库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="36"/>
        <source>Back up the library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="40"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="42"/>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="44"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="51"/>
        <source>Restore the library from a backup</source>
        <translation>从备份恢复文库</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="53"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="57"/>
        <location filename="../../desktop/window/backups.py" line="67"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="58"/>
        <source>Replace the whole library with {file}?

Everything added since that backup is replaced; the current file is kept beside the library as a copy.</source>
        <translation>要用 {file} 替换整个文库吗？

该备份之后添加的内容都会被替换；当前文件会作为副本保留在文库旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="71"/>
        <source>Restored from {file}; the replaced file is kept as {kept}</source>
        <translation>已从 {file} 恢复；被替换的文件保留为 {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="73"/>
        <source>Restored from {file}</source>
        <translation>已从 {file} 恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="78"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="79"/>
        <source>Yandu copies the library once a day and before each update into
{folder}

Backups to keep:</source>
        <translation>研读每天以及每次更新前都会把文库复制到
{folder}

保留的备份份数：</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="89"/>
        <source>The daily backup failed: {why}</source>
        <translation>每日备份失败：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/backups.py" line="95"/>
        <source>Daily backup saved: {file}</source>
        <translation>每日备份已保存：{file}</translation>
    </message>
</context>
<context>
    <name>ColourNamesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/colour_names_dialog.py" line="21"/>
        <source>Name the colours</source>
        <translation>为颜色命名</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/colour_names_dialog.py" line="24"/>
        <source>What does each colour stand for? Its name shows beside the colour wherever you choose one, and in the legend of an exported Word file. Leave a name empty for none.</source>
        <translation>每种颜色代表什么？名称会显示在各处颜色旁边，也会写进导出的 Word 文件的图例。留空即不命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/colour_names_dialog.py" line="32"/>
        <source>e.g. 重点, 数据, 提法</source>
        <translation>如：重点、数据、提法</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="43"/>
        <source>Compare two speeches</source>
        <translation>对比两篇讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="48"/>
        <source>Choose a speech…</source>
        <translation>选择一篇讲话…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="61"/>
        <source>First speech:</source>
        <translation>第一篇：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="62"/>
        <source>Second speech:</source>
        <translation>第二篇：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="110"/>
        <source>the first speech</source>
        <translation>第一篇讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="111"/>
        <source>the second speech</source>
        <translation>第二篇讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="114"/>
        <source>Choose two speeches above: they are compared as soon as both are chosen.</source>
        <translation>请在上方选择两篇讲话，两篇都选好后即自动对比。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="117"/>
        <source>Choose two different speeches.</source>
        <translation>请选择两篇不同的讲话。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="123"/>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="131"/>
        <source>Could not compare: {why}</source>
        <translation>无法对比：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="137"/>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="138"/>
        <source>Directives only in {speech}</source>
        <translation>仅见于{speech}的要求</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="140"/>
        <source>Directives only in {speech} ({count})</source>
        <translation>仅见于{speech}的要求（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="144"/>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="146"/>
        <source>Used more in {speech}</source>
        <translation>{speech}中用得更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/compare_dialog.py" line="163"/>
        <source>%n shared term(s); counts are {first} : {second}</source>
        <translation>
            <numerusform>共有词语 %n 个；次数为 {first} : {second}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="229"/>
        <source>{file} (speech {number})</source>
        <translation>{file}（第 {number} 篇）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/compare_dialog.py" line="145"/>
        <source>Shared terms (count in each)</source>
        <translation>共有词语（各自次数）</translation>
    </message>
</context>
<context>
    <name>CorrectTextDialog</name>
    <message>
        <location filename="../../desktop/dialogs/correct_text_dialog.py" line="22"/>
        <source>Correct text</source>
        <translation>更正文字</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correct_text_dialog.py" line="36"/>
        <source>Type the right characters in the place of the selected ones. The correction is kept when the file is imported again; Ctrl+Z takes it back.</source>
        <translation>输入正确的字替换选中的字。重新导入文件后更正仍保留；Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correct_text_dialog.py" line="44"/>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>Correcting</name>
    <message>
        <location filename="../../desktop/window/correcting.py" line="60"/>
        <source>Open or select a speech first.</source>
        <translation>请先打开或选中一篇讲话。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="77"/>
        <location filename="../../desktop/window/correcting.py" line="82"/>
        <source>Edit properties</source>
        <translation>修改属性</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="90"/>
        <source>Remove mark</source>
        <translation>去掉我的标注</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="90"/>
        <source>Dismiss</source>
        <translation>去掉</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="94"/>
        <source>The analysis&apos;s find is set aside; Ctrl+Z brings it back.</source>
        <translation>已去掉分析找到的这一项；按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="101"/>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="104"/>
        <source>Marked; it is kept when the file is imported again.</source>
        <translation>已标注；重新导入文件后仍会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="119"/>
        <source>Split speech</source>
        <translation>拆分讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="120"/>
        <source>Split in two; the second part is the next speech in the library. Ctrl+Z joins them again.</source>
        <translation>已拆成两篇；后一部分是文库中的下一篇。按 Ctrl+Z 可重新合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="125"/>
        <source>Merge speeches</source>
        <translation>合并讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="126"/>
        <source>The next speech is now part of this one. Ctrl+Z separates them again.</source>
        <translation>下一篇已并入这一篇。按 Ctrl+Z 可重新分开。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="133"/>
        <source>Select the passage to remove from the text first.</source>
        <translation>请先选中要删去的段落。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="139"/>
        <source>Remove passage</source>
        <translation>删去段落</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/correcting.py" line="143"/>
        <source>Passage removed; %n highlight(s) in it kept as orphans (⚠ in the Annotations panel). Ctrl+Z puts it back.</source>
        <translation>
            <numerusform>段落已删去；其中 %n 处高亮保留为孤立项（批注面板中标 ⚠）。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="145"/>
        <source>Passage removed. Ctrl+Z puts it back.</source>
        <translation>段落已删去。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="152"/>
        <source>Select the characters to correct first.</source>
        <translation>请先选中要更正的字。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="159"/>
        <source>Correct {old} → {new}</source>
        <translation>更正 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="162"/>
        <source>Text corrected; it is kept when the file is imported again. Ctrl+Z takes it back.</source>
        <translation>文字已更正，重新导入文件后仍保留。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="171"/>
        <source>Open a speech first.</source>
        <translation>请先打开一篇讲话。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="188"/>
        <location filename="../../desktop/window/correcting.py" line="199"/>
        <source>Export corrections</source>
        <translation>导出更正</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="189"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="193"/>
        <source>Exporting corrections…</source>
        <translation>正在导出更正…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/correcting.py" line="196"/>
        <source>{count} corrections of {speeches} speeches written to {file}</source>
        <translation>已把 {speeches} 篇讲话的 {count} 条更正写入 {file}</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../desktop/common/undo.py" line="40"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/common/undo.py" line="41"/>
        <source>Not redone</source>
        <translation>未重做</translation>
    </message>
    <message>
        <location filename="../../desktop/common/undo.py" line="55"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="43"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="44"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="45"/>
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation>电子表格 (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="47"/>
        <source>W3C Web Annotation (JSON)</source>
        <translation>W3C 网页批注 (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="48"/>
        <source>Hypothesis (JSON)</source>
        <translation>Hypothesis (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="49"/>
        <source>Anki deck</source>
        <translation>Anki 卡组</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="50"/>
        <source>Study notes (学习笔记, Word)</source>
        <translation>学习笔记（Word）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="69"/>
        <location filename="../../desktop/dialogs/export_dialog.py" line="221"/>
        <source>Export highlights</source>
        <translation>导出高亮</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="76"/>
        <source>Only the %n speech(es) selected in the library</source>
        <translation>
            <numerusform>仅限文库中选中的 %n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="80"/>
        <source>any tag — or names separated by spaces</source>
        <translation>任意标签，或用空格分隔的标签名</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="92"/>
        <source>from, e.g. 2016</source>
        <translation>起，如 2016</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="93"/>
        <source>to, e.g. 2018-06</source>
        <translation>止，如 2018-06</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="98"/>
        <source>My highlights</source>
        <translation>我的高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="99"/>
        <source>Directives of these speeches</source>
        <translation>这些讲话中的要求</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="100"/>
        <source>Figures of these speeches</source>
        <translation>这些讲话中的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="108"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="109"/>
        <source>Speeches:</source>
        <translation>讲话：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="110"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="111"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="112"/>
        <source>Speech dates:</source>
        <translation>讲话日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="113"/>
        <source>Include:</source>
        <translation>包括：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="119"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="148"/>
        <source>By speech</source>
        <translation>按讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="149"/>
        <source>By tag (an excerpt under each of its tags)</source>
        <translation>按标签（摘录列在它的每个标签下）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="153"/>
        <source>Your 心得体会 — left empty, the notes end with room to write it by hand</source>
        <translation>心得体会——留空则在笔记末尾留出空白，可手写</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="145"/>
        <location filename="../../desktop/dialogs/export_dialog.py" line="155"/>
        <source>Study notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="157"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="158"/>
        <source>Your name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="159"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="160"/>
        <source>Excerpts:</source>
        <translation>摘录：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="161"/>
        <source>心得体会:</source>
        <translation>心得体会：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="194"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="210"/>
        <source>%Ln excerpt(s) will be exported; the first {shown} as they will read:</source>
        <translation>
            <numerusform>将导出 %Ln 条摘录；以下是前 {shown} 条导出后的样子：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export_dialog.py" line="212"/>
        <source>%Ln excerpt(s) will be exported:</source>
        <translation>
            <numerusform>将导出 %Ln 条摘录：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="213"/>
        <source>*Nothing matches these choices.*</source>
        <translation>*没有符合这些条件的内容。*</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="222"/>
        <source>Yandu excerpts</source>
        <translation>研读摘录</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="247"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="257"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="257"/>
        <source>The export failed: {why}</source>
        <translation>导出失败：{why}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="19"/>
        <source>Find in speech</source>
        <translation>在讲话中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="25"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="26"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一处（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="27"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="32"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="103"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 处，共 {total} 处</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/find_bar.py" line="106"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>FontWarning</name>
    <message>
        <location filename="../../desktop/common/font_warning.py" line="21"/>
        <source>No font with Chinese characters is installed, so the speeches show as empty boxes. Install one and start Yandu again.</source>
        <translation>没有安装含中文字符的字体，讲话显示为空方框。请安装一种中文字体后重新启动研读。</translation>
    </message>
</context>
<context>
    <name>FormulaModel</name>
    <message>
        <location filename="../../desktop/study/formula_model.py" line="13"/>
        <source>提法</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../desktop/study/formula_model.py" line="14"/>
        <source>Expansion</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/study/formula_model.py" line="15"/>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/study/formula_model.py" line="16"/>
        <source>Speeches</source>
        <translation>讲话</translation>
    </message>
</context>
<context>
    <name>FormulasPane</name>
    <message>
        <location filename="../../desktop/study/formulas_pane.py" line="32"/>
        <source>Choose a 提法 to see where it is used.</source>
        <translation>选择一条提法，查看它出现在哪里。</translation>
    </message>
    <message>
        <location filename="../../desktop/study/formulas_pane.py" line="51"/>
        <source>{count} 提法 in the library. Choose one to see where it is used.</source>
        <translation>文库中共有 {count} 条提法。选择一条，查看它出现在哪里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/formulas_pane.py" line="60"/>
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/formulas_pane.py" line="61"/>
        <source>“{formula}”: %n use(s) in {speeches}</source>
        <translation>
            <numerusform>“{formula}”：在{speeches}中出现 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="32"/>
        <location filename="../../desktop/dialogs/group_dialog.py" line="83"/>
        <source>Study group</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="34"/>
        <source>Share your highlights and notes with a study group: each member publishes their own into the group&apos;s folder, and sees the others&apos; as a layer in the text, under their names. Nobody can change another member&apos;s.</source>
        <translation>与学习小组分享你的高亮和笔记：每位成员把自己的高亮发布到小组文件夹，并在正文中以图层形式看到其他成员的高亮（标有姓名）。任何人都不能修改其他成员的高亮。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="39"/>
        <source>a shared folder, or https://… of a WebDAV folder</source>
        <translation>共享文件夹，或 WebDAV 文件夹的 https://… 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="48"/>
        <source>Group folder or address:</source>
        <translation>小组文件夹或地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="49"/>
        <source>WebDAV user:</source>
        <translation>WebDAV 用户名：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="50"/>
        <source>WebDAV password:</source>
        <translation>WebDAV 密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="51"/>
        <source>Group passphrase:</source>
        <translation>小组口令：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="52"/>
        <source>My name in the group:</source>
        <translation>我在小组中的名字：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="55"/>
        <source>&amp;Publish and pull now</source>
        <translation>立即发布并拉取(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="70"/>
        <source>Fill in the group&apos;s folder, its passphrase and your name.</source>
        <translation>请填写小组文件夹、小组口令和你的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="82"/>
        <source>Publishing and pulling…</source>
        <translation>正在发布并拉取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/group_dialog.py" line="98"/>
        <source>Published %n highlight(s).</source>
        <translation>
            <numerusform>已发布 %n 处高亮。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/group_dialog.py" line="99"/>
        <source>Read %n other member(s).</source>
        <translation>
            <numerusform>已读取 %n 位其他成员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/group_dialog.py" line="112"/>
        <source>{place} cannot be used: {reason}</source>
        <translation>无法使用 {place}：{reason}</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <location filename="../../desktop/window/grouping.py" line="42"/>
        <source>Copy to my highlights</source>
        <translation>复制到我的高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/grouping.py" line="54"/>
        <source>No other members yet: Tools ▸ Study group…</source>
        <translation>还没有其他成员：工具 ▸ 学习小组…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/grouping.py" line="60"/>
        <source>{name} (%n highlight(s))</source>
        <translation>
            <numerusform>{name}（%n 处高亮）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../desktop/window/importing.py" line="53"/>
        <location filename="../../desktop/window/importing.py" line="66"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="54"/>
        <source>Files are being imported. Quit and cancel the import? The files imported so far are kept; the one being imported is not.</source>
        <translation>正在导入文件。退出并取消导入吗？已经导入的文件都会保留，正在导入的那个文件不保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="67"/>
        <source>{summary}.
The file being imported when you quit was not kept.</source>
        <translation>{summary}。
退出时正在导入的那个文件没有保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="68"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="79"/>
        <source>Import speeches</source>
        <translation>导入讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="80"/>
        <source>Speeches ({patterns});;All files (*)</source>
        <translation>讲话 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="88"/>
        <source>Import a folder of speeches</source>
        <translation>导入讲话文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="96"/>
        <source>Importing the sample speeches</source>
        <translation>正在导入示例讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="99"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="105"/>
        <location filename="../../desktop/window/importing.py" line="110"/>
        <source>Paste as new speech</source>
        <translation>粘贴为新讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="106"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="111"/>
        <source>Title for the pasted text (%Ln character(s)):</source>
        <translation>
            <numerusform>粘贴文字（%Ln 字）的标题：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="115"/>
        <source>Importing the pasted text</source>
        <translation>正在导入粘贴的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="127"/>
        <source>{file}
Page {done} of {total} read (OCR)</source>
        <translation>{file}
已识别第 {done} 页，共 {total} 页（OCR）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="139"/>
        <source>An import is still running.</source>
        <translation>还有一项导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="152"/>
        <source>Import cancelled: {imported} imported, {updated} updated to a new version, {unchanged} already in the library, {failed} failed</source>
        <translation>导入已取消：导入 {imported} 个，更新为新版本 {updated} 个，已在文库中 {unchanged} 个，失败 {failed} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="155"/>
        <source>{imported} imported, {updated} updated to a new version, {unchanged} already in the library, {failed} failed</source>
        <translation>导入 {imported} 个，更新为新版本 {updated} 个，已在文库中 {unchanged} 个，失败 {failed} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="158"/>
        <source>{imported} imported, {unchanged} already in the library, {failed} failed</source>
        <translation>导入 {imported} 个，已在文库中 {unchanged} 个，失败 {failed} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="176"/>
        <location filename="../../desktop/window/importing.py" line="186"/>
        <location filename="../../desktop/window/importing.py" line="194"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="177"/>
        <source>%n highlight(s) could not be found in the new version of their speech. They are kept, marked ⚠ in the Annotations panel: select the words each belongs to and click Re-attach to selection, or delete it.</source>
        <translation>
            <numerusform>有 %n 处高亮在所属讲话的新版本中找不到。它们已保留，并在批注面板中标有 ⚠：请选中每处高亮所属的文字，点击“挂接到所选文字”，或将其删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="185"/>
        <location filename="../../desktop/window/importing.py" line="193"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="187"/>
        <source>These files hold speeches already in the library, from other files; they were not stored again:
{files}</source>
        <translation>以下文件中的讲话已从其他文件导入文库，未再次保存：
{files}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="195"/>
        <source>{summary}.

These files were not imported:
{files}</source>
        <translation>{summary}。

以下文件未能导入：
{files}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="202"/>
        <location filename="../../desktop/window/importing.py" line="211"/>
        <location filename="../../desktop/window/importing.py" line="217"/>
        <location filename="../../desktop/window/importing.py" line="230"/>
        <source>Import highlights</source>
        <translation>导入高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="204"/>
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C 网页批注 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="214"/>
        <source>Importing highlights…</source>
        <translation>正在导入高亮…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="222"/>
        <source>%n highlight(s) added, {skipped} already there</source>
        <translation>
            <numerusform>添加高亮 %n 处，已存在 {skipped} 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="225"/>
        <source>; %n automatic directive(s) and figure(s) left out</source>
        <translation>
            <numerusform>；略去自动标出的要求和数据 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="231"/>
        <source>{summary}.

{problems}</source>
        <translation>{summary}。

{problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="236"/>
        <source>Yandu</source>
        <translation>研读</translation>
    </message>
    <message>
        <location filename="../../desktop/window/importing.py" line="237"/>
        <source>The work stopped with an error:
{why}</source>
        <translation>操作因错误而中止：
{why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="250"/>
        <source>Updating %n speech(es) for this version of Yandu</source>
        <translation>
            <numerusform>正在为此版本的研读更新 %n 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/importing.py" line="257"/>
        <source>Adding %n speech(es) to the search index</source>
        <translation>
            <numerusform>正在把 %n 篇讲话加入搜索索引</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeywordsPane</name>
    <message>
        <location filename="../../desktop/study/keywords_pane.py" line="34"/>
        <location filename="../../desktop/study/keywords_pane.py" line="78"/>
        <source>Open a speech to see the terms that set it apart.</source>
        <translation>打开一篇讲话，查看使它与众不同的词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/study/keywords_pane.py" line="36"/>
        <source>Compare two speeches…</source>
        <translation>对比两篇讲话…</translation>
    </message>
    <message>
        <location filename="../../desktop/study/keywords_pane.py" line="64"/>
        <source>《{speech}》: working out its keywords…</source>
        <translation>《{speech}》：正在计算关键词…</translation>
    </message>
    <message>
        <location filename="../../desktop/study/keywords_pane.py" line="86"/>
        <source>{here}× here, {elsewhere}× elsewhere</source>
        <translation>本篇 {here} 次，其余讲话 {elsewhere} 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/keywords_pane.py" line="66"/>
        <source>《{speech}》: the %n term(s) it uses most beyond the rest of the library (log-likelihood)</source>
        <translation>
            <numerusform>《{speech}》：相比文库中其他讲话用得最突出的 %n 个词语（对数似然比）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/study/keywords_pane.py" line="94"/>
        <source>Keywords could not be worked out: {why}</source>
        <translation>无法计算关键词：{why}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/common/language.py" line="15"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LayerLegend</name>
    <message>
        <location filename="../../desktop/reader/layer_legend.py" line="33"/>
        <source>Show or hide {layer}</source>
        <translation>显示或隐藏{layer}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/layer_legend.py" line="45"/>
        <source>Directive strength: {strength}</source>
        <translation>要求力度：{strength}</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <location filename="../../desktop/window/libraries.py" line="40"/>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/libraries.py" line="47"/>
        <source>Open or create a library</source>
        <translation>打开或新建文库</translation>
    </message>
    <message>
        <location filename="../../desktop/window/libraries.py" line="48"/>
        <source>Yandu library (*.sqlite)</source>
        <translation>研读文库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/libraries.py" line="62"/>
        <source>Yandu could not be started on {file}.</source>
        <translation>无法用 {file} 启动研读。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/library/library_model.py" line="40"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="41"/>
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="42"/>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="44"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="45"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="46"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_model.py" line="188"/>
        <source>{file} — %n speech(es)</source>
        <translation>
            <numerusform>{file}——%n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_model.py" line="226"/>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../desktop/library/library_pane.py" line="56"/>
        <source>Filter by title, speaker, occasion, date…</source>
        <translation>按标题、讲话人、场合、日期筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_pane.py" line="59"/>
        <source>Show only speeches with this tag</source>
        <translation>只显示带这个标签的讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_pane.py" line="88"/>
        <source>Delete speech</source>
        <translation>删除讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_pane.py" line="273"/>
        <source>Delete speeches</source>
        <translation>删除讲话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="288"/>
        <source>Delete all %n speech(es) of {files}? They go to the trash (Edit ▸ Trash), and Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>删除 {files} 中的全部 %n 篇讲话？它们会进入回收站（编辑 ▸ 回收站），按 Ctrl+Z 可立即恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="291"/>
        <source>Delete the %n speech(es) of {files} that the filter shows?</source>
        <translation>
            <numerusform>删除 {files} 中筛选后显示的 %n 篇讲话？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="293"/>
        <source>%n more speech(es) of the same file(s), hidden by the filter, are not deleted.</source>
        <translation>
            <numerusform>同一文件中另有 %n 篇讲话被筛选隐藏，不会删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/library/library_pane.py" line="296"/>
        <source>%n other selected speech(es) will be deleted too.</source>
        <translation>
            <numerusform>另外选中的 %n 篇讲话也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/library/library_pane.py" line="298"/>
        <source>They go to the trash (Edit ▸ Trash), and Ctrl+Z brings them back.</source>
        <translation>它们会进入回收站（编辑 ▸ 回收站），按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="46"/>
        <location filename="../../desktop/window/main_window.py" line="276"/>
        <source>研读 Yandu</source>
        <translation>研读</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="173"/>
        <source>&amp;Show the text again</source>
        <translation>显示正文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>{speech} — 研读 Yandu</source>
        <translation>{speech} — 研读</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="301"/>
        <source>Review cards</source>
        <translation>复习卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="358"/>
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln 处高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln 张待复习</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="361"/>
        <source>&amp;Review… ({due} due)</source>
        <translation>复习(&amp;R)…（{due} 张到期）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="394"/>
        <source>That speech is no longer in the library.</source>
        <translation>这篇讲话已不在文库中。</translation>
    </message>
</context>
<context>
    <name>MentionCsv</name>
    <message>
        <location filename="../../desktop/study/mention_csv.py" line="27"/>
        <source>value (base units)</source>
        <translation>数值（基本单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_csv.py" line="29"/>
        <source>speech id</source>
        <translation>讲话编号</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_csv.py" line="30"/>
        <source>start</source>
        <translation>起始位置</translation>
    </message>
</context>
<context>
    <name>MentionPane</name>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="32"/>
        <source>directives</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="33"/>
        <source>figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="50"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="53"/>
        <source>Any strength</source>
        <translation>任意力度</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="54"/>
        <source>Any kind</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="57"/>
        <source>要求 requirements (no tasks)</source>
        <translation>要求（不含任务）</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="70"/>
        <source>Selected speeches only</source>
        <translation>仅限选中的讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="71"/>
        <source>Only the speeches selected in the library list</source>
        <translation>只看文库列表中选中的讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="73"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="144"/>
        <source>Any unit</source>
        <translation>任意单位</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="160"/>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="165"/>
        <source>%Ln directive(s)</source>
        <translation>
            <numerusform>%Ln 条要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="166"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln 项数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="182"/>
        <source>Export directives</source>
        <translation>导出要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="183"/>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="184"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="212"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，没有写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="214"/>
        <source>Exported %Ln directive(s) to {file}</source>
        <translation>
            <numerusform>已将 %Ln 条要求导出到 {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/mention_pane.py" line="216"/>
        <source>Exported %Ln figure(s) to {file}</source>
        <translation>
            <numerusform>已将 %Ln 项数据导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="220"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="221"/>
        <source>Could not write {file}:
{why}</source>
        <translation>无法写入 {file}：
{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="224"/>
        <source>Exporting directives</source>
        <translation>正在导出要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_pane.py" line="225"/>
        <source>Exporting figures</source>
        <translation>正在导出数据</translation>
    </message>
</context>
<context>
    <name>MentionTableModel</name>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="16"/>
        <source>↑ up</source>
        <translation>↑ 上升</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="17"/>
        <source>↓ down</source>
        <translation>↓ 下降</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="23"/>
        <location filename="../../desktop/study/mention_table_model.py" line="36"/>
        <source>Speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="24"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="25"/>
        <source>Directive</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="26"/>
        <source>Strength</source>
        <translation>力度</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="27"/>
        <source>Addressee</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="28"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="30"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="31"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="32"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="33"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="34"/>
        <source>Direction</source>
        <translation>升降</translation>
    </message>
    <message>
        <location filename="../../desktop/study/mention_table_model.py" line="35"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>MentionTips</name>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="32"/>
        <source>placeholder</source>
        <translation>占位（未填数字）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="40"/>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="42"/>
        <source>rising ↑</source>
        <translation>上升 ↑</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="44"/>
        <source>falling ↓</source>
        <translation>下降 ↓</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="45"/>
        <source>Figure {text} = {value}  ({details})</source>
        <translation>数字 {text} = {value}（{details}）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="49"/>
        <source>提法 {text}: {expansion}</source>
        <translation>提法 {text}：{expansion}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="51"/>
        <source>提法 {text}</source>
        <translation>提法 {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="53"/>
        <source>Directive: {strength}</source>
        <translation>要求：{strength}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="56"/>
        <source>to {addressee}</source>
        <translation>对象：{addressee}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="59"/>
        <source>by {deadline}</source>
        <translation>期限：{deadline}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="64"/>
        <source>Date {text}: a placeholder, not filled in</source>
        <translation>日期 {text}：占位，尚未填写</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="67"/>
        <source>Date {text} = {value}</source>
        <translation>日期 {text} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="69"/>
        <source>Date {text}</source>
        <translation>日期 {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="70"/>
        <source>Document {text}</source>
        <translation>文件 {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="81"/>
        <source>contains “{cue}”</source>
        <translation>含“{cue}”</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="83"/>
        <source>a task under “{cue}”</source>
        <translation>“{cue}”中的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/mention_tips.py" line="86"/>
        <source>Why: {why}</source>
        <translation>依据：{why}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../desktop/reader/outline_model.py" line="73"/>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/properties_dialog.py" line="46"/>
        <source>Properties of %n speech(es)</source>
        <translation>
            <numerusform>%n 篇讲话的属性</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="47"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="85"/>
        <source>Your corrections of the analysis:</source>
        <translation>你对分析结果的更正：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="100"/>
        <source>(several values: leave empty to keep them)</source>
        <translation>（各篇不同：留空则保持不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="102"/>
        <source>2024-03-05, 2024-03 or 2024 (2024年3月5日, 2024年3月 are read too)</source>
        <translation>2024-03-05、2024-03 或 2024（也可写 2024年3月5日、2024年3月）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="182"/>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="183"/>
        <source>e.g. 2024-03-05, 2024年3月 or 2024</source>
        <translation>如 2024-03-05、2024年3月 或 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="114"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="61"/>
        <source>Where it was published (for references)</source>
        <translation>刊载信息（用于参考文献）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="70"/>
        <source>The day the file was imported: a reference to a web page gives it as the day the page was read</source>
        <translation>导入文件的日期：引用网页时作为引用日期</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="73"/>
        <source>accessed</source>
        <translation>引用日期</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="115"/>
        <source>Use what the analysis found</source>
        <translation>采用分析找到的值</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="120"/>
        <source>Found by the analysis: {value}</source>
        <translation>分析找到的：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="121"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="129"/>
        <source>(what the analysis found in each)</source>
        <translation>（各篇采用分析找到的值）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="163"/>
        <source>In a compilation (汇编, 文集)</source>
        <translation>收入汇编、文集</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="164"/>
        <source>The book the speech was printed in, for its reference</source>
        <translation>讲话所收入的图书，用于参考文献</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="171"/>
        <source>place: publisher, year</source>
        <translation>出版地: 出版者, 出版年</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="184"/>
        <source>e.g. 人民日报, 求是, 新华网</source>
        <translation>如 人民日报、求是、新华网</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="185"/>
        <source>e.g. 2 or 3-5</source>
        <translation>如 2 或 3-5</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="186"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="187"/>
        <source>e.g. 国办发〔2023〕12号</source>
        <translation>如 国办发〔2023〕12号</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="188"/>
        <source>e.g. 2024(3) or 2024年第3期</source>
        <translation>如 2024(3) 或 2024年第3期</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="189"/>
        <source>e.g. 习近平谈治国理政: 第四卷</source>
        <translation>如 习近平谈治国理政: 第四卷</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="190"/>
        <source>e.g. 中共中央党史和文献研究院; several separated by 、</source>
        <translation>如 中共中央党史和文献研究院；多个以“、”分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="191"/>
        <source>e.g. 北京</source>
        <translation>如 北京</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="191"/>
        <source>e.g. 外文出版社</source>
        <translation>如 外文出版社</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="192"/>
        <source>e.g. 2022</source>
        <translation>如 2022</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="195"/>
        <source>Not a {kind}: {text}</source>
        <translation>不是{kind}：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="196"/>
        <source>Marked as a {kind}: {text}</source>
        <translation>标为{kind}：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="198"/>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="208"/>
        <source>{correction} (its words are no longer in the text)</source>
        <translation>{correction}（原文中已找不到这段文字）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="203"/>
        <source>Passage removed: {text}</source>
        <translation>删去的段落：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="204"/>
        <source>Split before: {text}</source>
        <translation>在此处之前拆分：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="205"/>
        <source>Merged with the speech that began: {text}</source>
        <translation>并入了以此开头的讲话：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/properties_dialog.py" line="206"/>
        <source>Text corrected: {text} → {new}</source>
        <translation>文字已更正：{text} → {new}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/common/language.py" line="19"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/common/language.py" line="20"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/app.py" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/reader/reader_pane.py" line="48"/>
        <source>Tag this speech…</source>
        <translation>给这篇讲话加标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_pane.py" line="97"/>
        <source>No speech open</source>
        <translation>未打开讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_pane.py" line="98"/>
        <source>Choose a speech in the library, or import some with File ▸ Import files… (Ctrl+O).</source>
        <translation>请在文库中选择一篇讲话，或通过“文件 ▸ 导入文件…”（Ctrl+O）导入讲话。</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_pane.py" line="111"/>
        <source>{file} (speech {number})</source>
        <translation>{file}（第 {number} 篇）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reader/reader_pane.py" line="114"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_pane.py" line="115"/>
        <source>read by OCR from a scan</source>
        <translation>识别自扫描件</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="529"/>
        <source>Highlight this directive  (Ctrl+click)</source>
        <translation>高亮这条要求（Ctrl+单击）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="530"/>
        <source>Highlight this figure  (Ctrl+click)</source>
        <translation>高亮这项数据（Ctrl+单击）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="534"/>
        <source>Show this highlight in the annotations pane</source>
        <translation>在批注面板中显示这处高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="537"/>
        <source>Copy to my highlights ({member})</source>
        <translation>复制到我的高亮（{member}）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="543"/>
        <source>&amp;Mark as</source>
        <translation>标为(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="546"/>
        <source>Split the speech here</source>
        <translation>在此处拆分讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="551"/>
        <source>Remove the selected passage from the text</source>
        <translation>从正文删去选中的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="556"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="563"/>
        <source>Remove my mark: {words}</source>
        <translation>去掉我的标注：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="564"/>
        <source>Not a directive: {words}</source>
        <translation>不是要求：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="565"/>
        <source>Not a figure: {words}</source>
        <translation>不是数据：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="566"/>
        <source>Not a date: {words}</source>
        <translation>不是日期：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="567"/>
        <source>Not a 提法: {words}</source>
        <translation>不是提法：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="568"/>
        <source>Not a document: {words}</source>
        <translation>不是文件：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="572"/>
        <source>Directive: {strength}</source>
        <translation>要求：{strength}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="575"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="575"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="576"/>
        <source>提法</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="576"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="586"/>
        <location filename="../../desktop/reader/reader_view.py" line="592"/>
        <source>(no note)</source>
        <translation>（无笔记）</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="589"/>
        <source>Highlight: {detail}</source>
        <translation>高亮：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="591"/>
        <source>{member}: {note}</source>
        <translation>{member}：{note}</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="594"/>
        <source>Ctrl+click to highlight</source>
        <translation>Ctrl+单击即可高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/reader_view.py" line="597"/>
        <source>OCR was unsure of this character: select it and correct the text (Ctrl+Shift+E) if it is wrong</source>
        <translation>识别引擎对此字没有把握：如有误，选中后更正文字（Ctrl+Shift+E）</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="30"/>
        <source>Reading settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="33"/>
        <source>Default (Song / serif, then sans)</source>
        <translation>默认（宋体，其次黑体）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="55"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="56"/>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="57"/>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reading_settings_dialog.py" line="58"/>
        <source>Theme</source>
        <translation>配色</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="22"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="23"/>
        <source>Figure (cloze)</source>
        <translation>数据（填空）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="24"/>
        <source>提法 (cloze)</source>
        <translation>提法（填空）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="25"/>
        <source>Key term (cloze)</source>
        <translation>关键词（填空）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="26"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="27"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="28"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="29"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="40"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="51"/>
        <source>Show answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="84"/>
        <source>{left} to go · {done} reviewed</source>
        <translation>还剩 {left} 张 · 已复习 {done} 张</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="89"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="92"/>
        <source>Nothing more is due today. Highlights become cards on their own; figures, 提法 and the key term inside a highlight become cloze cards.</source>
        <translation>今天没有到期的卡片了。高亮会自动成为卡片；高亮中的数据、提法和关键词会成为填空卡片。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="113"/>
        <source>In {where}:
“{cue}……”
How does it go on?</source>
        <translation>在{where}中：
“{cue}……”
下文是什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="122"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review_dialog.py" line="124"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review_dialog.py" line="126"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="127"/>
        <source>{years:.1f} years</source>
        <translation>{years:.1f} 年</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop/study/search_model.py" line="16"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="17"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="18"/>
        <source>directive</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="19"/>
        <source>figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="20"/>
        <source>提法</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="21"/>
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="26"/>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="27"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="27"/>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_model.py" line="93"/>
        <source>({where}; Enter opens the speech here)</source>
        <translation>（{where}；按 Enter 在此处打开讲话）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/study/search_model.py" line="105"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="22"/>
        <source>Words are all required · &quot;exact phrase&quot; · -word leaves out · a OR b · speaker:李 · tag:安全 · kind:directive|figure|annotation · date:2016..2018</source>
        <translation>所有词都须出现 · &quot;精确短语&quot; · -词 表示排除 · a OR b · speaker:李 · tag:安全 · kind:directive|figure|annotation · date:2016..2018</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="40"/>
        <source>Search the library — {help}</source>
        <translation>搜索文库——{help}</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="44"/>
        <location filename="../../desktop/study/search_pane.py" line="120"/>
        <location filename="../../desktop/study/search_pane.py" line="167"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="49"/>
        <source>More results</source>
        <translation>更多结果</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="96"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="108"/>
        <source>Searching… (Esc stops)</source>
        <translation>正在搜索…（按 Esc 停止）</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="110"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="143"/>
        <source>stopped: the speeches after these were not searched</source>
        <translation>已停止：之后的讲话没有搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/study/search_pane.py" line="168"/>
        <source>The search stopped with an error: {why}</source>
        <translation>搜索因错误而中止：{why}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/window/session.py" line="23"/>
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session.py" line="24"/>
        <source>Yandu&apos;s plain form (《title》, speaker, where and when)</source>
        <translation>研读简式（《题名》，讲话人，刊载处和日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session.py" line="82"/>
        <source>Text size {size} pt</source>
        <translation>文字大小 {size} 磅</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session.py" line="128"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session.py" line="129"/>
        <source>Yandu will use the new language the next time it starts.</source>
        <translation>研读下次启动时将使用新的语言。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StudyDock</name>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="28"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="37"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="38"/>
        <source>Directives</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="39"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="40"/>
        <source>提法 Formulas</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../desktop/study/study_dock.py" line="41"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../../desktop/common/style.py" line="20"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="21"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="22"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="23"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="24"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="31"/>
        <source>Directives</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="32"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="33"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="34"/>
        <source>Formulas</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="35"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="38"/>
        <source>严禁 prohibit</source>
        <translation>严禁</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="39"/>
        <source>必须 must</source>
        <translation>必须</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="40"/>
        <source>要 should</source>
        <translation>要</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="41"/>
        <source>希望 hope</source>
        <translation>希望</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="45"/>
        <source>任务 task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="49"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="50"/>
        <source>Unsure characters</source>
        <translation>存疑字</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="51"/>
        <source>Group layer</source>
        <translation>小组图层</translation>
    </message>
    <message>
        <location filename="../../desktop/common/style.py" line="147"/>
        <location filename="../../desktop/window/actions.py" line="318"/>
        <source>{colour} — {name}</source>
        <translation>{colour} — {name}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="43"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="48"/>
        <source>A &amp;folder (one a folder-sync tool or a network share copies)</source>
        <translation>文件夹(&amp;F)（由同步盘工具或网络共享复制）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="50"/>
        <source>A &amp;WebDAV server (坚果云, Nextcloud…)</source>
        <translation>WebDAV 服务器(&amp;W)（坚果云、Nextcloud…）</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="55"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="64"/>
        <source>&amp;Keep the password and passphrase in the system keyring</source>
        <translation>将密码和口令保存在系统钥匙串中(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="68"/>
        <source>This system has no keyring: Yandu asks for them once each session and keeps them in memory only.</source>
        <translation>本系统没有钥匙串：研读每次运行时询问一次，只保存在内存中。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="77"/>
        <source>No conflict resolved yet.</source>
        <translation>尚未处理过冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="84"/>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="88"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="89"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="90"/>
        <source>Passwo&amp;rd:</source>
        <translation>密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="91"/>
        <source>Everything written there is encrypted with your passphrase; use the same one on each machine. Without it nothing can be read, by anyone.</source>
        <translation>写入那里的一切都用你的口令加密；每台电脑请用同一个口令。没有口令，任何人都无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="96"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="97"/>
        <source>A&amp;gain:</source>
        <translation>再输一次(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="103"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="110"/>
        <source>Sync log (newest first):</source>
        <translation>同步日志（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="129"/>
        <source>as before</source>
        <translation>沿用之前的</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="152"/>
        <source>Folder to sync through</source>
        <translation>用于同步的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="171"/>
        <source>Choose the folder to sync through.</source>
        <translation>请选择用于同步的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="173"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="175"/>
        <source>Type the server&apos;s address and your user name.</source>
        <translation>请输入服务器地址和用户名。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="177"/>
        <source>Type your password for the server (坚果云: an app password).</source>
        <translation>请输入服务器密码（坚果云：应用密码）。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="181"/>
        <source>{place} cannot be used: {reason}</source>
        <translation>无法使用 {place}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="185"/>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync_dialog.py" line="187"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>Syncing</name>
    <message>
        <location filename="../../desktop/window/syncing.py" line="130"/>
        <source>sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="130"/>
        <source>receiving</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="140"/>
        <location filename="../../desktop/window/syncing.py" line="212"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="153"/>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>已同步：发送 {sent} 个，接收 {received} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="155"/>
        <source> See the sync log (Tools ▸ Sync…) for {count}.</source>
        <translation>其中 {count} 项见同步日志（工具 ▸ 同步…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="162"/>
        <source>another sync of this library is under way ({process})</source>
        <translation>本文库的另一次同步正在进行（{process}）</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="174"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="175"/>
        <source>The library was not synced: {why}</source>
        <translation>文库未能同步：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="208"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/syncing.py" line="209"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 处改动等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="210"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="211"/>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="213"/>
        <source>Sync needs the passphrase</source>
        <translation>同步需要口令</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="217"/>
        <source>Last synced {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/syncing.py" line="258"/>
        <source>The keyring did not keep it ({reason}); it is kept until Yandu closes.</source>
        <translation>钥匙串未能保存（{reason}）；在研读关闭前暂存于内存。</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../desktop/common/tag_editor.py" line="17"/>
        <source>Type a tag and press Enter; existing tags are offered as you type</source>
        <translation>输入标签后按 Enter；输入时会提示已有标签</translation>
    </message>
    <message>
        <location filename="../../desktop/common/tag_editor.py" line="47"/>
        <source>Remove the tag {tag}</source>
        <translation>移除标签 {tag}</translation>
    </message>
</context>
<context>
    <name>TagFilterBox</name>
    <message>
        <location filename="../../desktop/common/tag_filter_box.py" line="8"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="29"/>
        <location filename="../../desktop/dialogs/tag_manager.py" line="75"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="37"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="38"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="39"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="40"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="41"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="80"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="80"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="89"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="90"/>
        <source>New name for “{tag}”:</source>
        <translation>“{tag}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="101"/>
        <location filename="../../desktop/dialogs/tag_manager.py" line="108"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="102"/>
        <source>Merge “{tag}” into:</source>
        <translation>把“{tag}”合并到：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="109"/>
        <source>“{tag}” is on {usage}. They will carry “{target}” instead, and “{tag}” will be deleted.</source>
        <translation>“{tag}”用在{usage}上。它们将改用“{target}”，“{tag}”会被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="120"/>
        <source>Colour of {tag}</source>
        <translation>{tag} 的颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="130"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="131"/>
        <source>Delete the tag “{tag}”? It is on {usage}; they keep everything else.</source>
        <translation>要删除标签“{tag}”吗？它用在{usage}上；这些内容的其他部分都会保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/tag_manager.py" line="137"/>
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n 篇讲话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/tag_manager.py" line="138"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="139"/>
        <source>{speeches} and {highlights}</source>
        <translation>{speeches}和{highlights}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="143"/>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_manager.py" line="144"/>
        <source>There is already a tag named “{tag}”.</source>
        <translation>已有名为“{tag}”的标签。</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <location filename="../../desktop/dialogs/tag_model.py" line="14"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_model.py" line="14"/>
        <source>Speeches</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tag_model.py" line="15"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../desktop/common/themes.py" line="36"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/common/themes.py" line="39"/>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <location filename="../../desktop/common/themes.py" line="46"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../desktop/window/tools.py" line="32"/>
        <source>Exported to {file}</source>
        <translation>已导出到 {file}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="26"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="32"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="33"/>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="48"/>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="60"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="66"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/trash_dialog.py" line="67"/>
        <source>Remove the %n speech(es) in the trash for good, with their highlights? This cannot be undone.</source>
        <translation>
            <numerusform>彻底删除回收站中的 %n 篇讲话及其高亮？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash_dialog.py" line="73"/>
        <source>Trash not emptied</source>
        <translation>回收站未清空</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../desktop/common/undo.py" line="89"/>
        <source>&amp;Undo {change}</source>
        <translation>撤销{change}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/common/undo.py" line="91"/>
        <source>&amp;Redo {change}</source>
        <translation>重做{change}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Viewing</name>
    <message>
        <location filename="../../desktop/window/viewing.py" line="142"/>
        <source>Select a passage to copy first.</source>
        <translation>请先选中要复制的段落。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="150"/>
        <source>Copied with its citation: {citation}</source>
        <translation>已带出处复制：{citation}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="157"/>
        <source>Open a speech first.</source>
        <translation>请先打开一篇讲话。</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="164"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="184"/>
        <location filename="../../desktop/window/viewing.py" line="210"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="185"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="206"/>
        <source>nothing was written</source>
        <translation>没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="211"/>
        <source>Cannot write {file}: {why}</source>
        <translation>无法写入 {file}：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="213"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="224"/>
        <source>About Yandu</source>
        <translation>关于研读</translation>
    </message>
    <message>
        <location filename="../../desktop/window/viewing.py" line="225"/>
        <source>&lt;h3&gt;研读 Yandu {version}&lt;/h3&gt;&lt;p&gt;Read, mark up and study Chinese official speeches: directives and figures highlighted, your highlights, notes and tags, search and study across the library, exports to Markdown, Word and flash cards.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer:&lt;br&gt;&lt;code&gt;{library}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;研读 Yandu {version}&lt;/h3&gt;&lt;p&gt;阅读、批注和研究讲话稿：自动标出要求和数据，记下自己的高亮、笔记和标签，在整个文库中搜索和对照，导出为 Markdown、Word 和复习卡片。&lt;/p&gt;&lt;p&gt;所有内容都保存在本机的一个文件中：&lt;br&gt;&lt;code&gt;{library}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/library/welcome_panel.py" line="17"/>
        <source>研读 Yandu</source>
        <translation>研读</translation>
    </message>
    <message>
        <location filename="../../desktop/library/welcome_panel.py" line="21"/>
        <source>Your library is empty.

Import speeches — web pages saved as HTML, Word files, PDFs or text files — and read
them with the directives, figures, dates, 提法 and documents already marked.
You can also drop files or folders on this window, or paste text with Ctrl+Shift+V.</source>
        <translation>文库还是空的。

导入讲话——保存为 HTML 的网页、Word 文件、PDF 或文本文件——
阅读时，要求、数据、日期、提法和文件都已标注出来。
也可以把文件或文件夹拖到本窗口，或按 Ctrl+Shift+V 粘贴文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/library/welcome_panel.py" line="28"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/library/welcome_panel.py" line="29"/>
        <source>Open the sample speeches</source>
        <translation>打开示例讲话</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/common/worker.py" line="133"/>
        <location filename="../../desktop/common/worker.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/common/worker.py" line="145"/>
        <source>{title} {done} of {total}
{file}</source>
        <translation>{title} {done}/{total}
{file}</translation>
    </message>
    <message>
        <location filename="../../desktop/common/worker.py" line="161"/>
        <source>Cancelling after the current file or page…</source>
        <translation>正在取消，当前文件或当前页完成后停止…</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../desktop/common/writes.py" line="55"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
</TS>
