<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactWriter</name>
    <message numerus="yes">
        <source>Merging %Ln contacts…</source>
        <translation>
            <numerusform>Merging %Ln contact…</numerusform>
            <numerusform>Merging %Ln contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln contacts: %1</source>
        <translation>
            <numerusform>%Ln contact: %1</numerusform>
            <numerusform>%Ln contacts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into %1. History can undo it.</source>
        <translation>
            <numerusform>Merged %Ln contact into %1. History can undo it.</numerusform>
            <numerusform>Merged %Ln contacts into %1. History can undo it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All contacts (%Ln)</source>
        <translation>
            <numerusform>&amp;All contacts (%Ln)</numerusform>
            <numerusform>&amp;All contacts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current &amp;search and filter (%Ln contacts)</source>
        <translation>
            <numerusform>The current &amp;search and filter (%Ln contact)</numerusform>
            <numerusform>The current &amp;search and filter (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The s&amp;election (%Ln contacts)</source>
        <translation>
            <numerusform>The s&amp;election (%Ln contact)</numerusform>
            <numerusform>The s&amp;election (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln changes of the history to %1.</source>
        <translation>
            <numerusform>Exported %Ln change of the history to %1.</numerusform>
            <numerusform>Exported %Ln changes of the history to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to %1.</source>
        <translation>
            <numerusform>Exported %Ln contact to %1.</numerusform>
            <numerusform>Exported %Ln contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldDeletionsDialog</name>
    <message numerus="yes">
        <source>%Ln on this computer, which the server no longer has</source>
        <translation>
            <numerusform>%Ln on this computer, which the server no longer has</numerusform>
            <numerusform>%Ln on this computer, which the server no longer has</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the server, which were deleted here</source>
        <translation>
            <numerusform>%Ln on the server, which was deleted here</numerusform>
            <numerusform>%Ln on the server, which were deleted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Contacts</source>
        <translation>
            <numerusform>&amp;Delete %Ln Contact</numerusform>
            <numerusform>&amp;Delete %Ln Contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>Undid “%1”: %Ln contacts reverted.</source>
        <translation>
            <numerusform>Undid “%1”: %Ln contact reverted.</numerusform>
            <numerusform>Undid “%1”: %Ln contacts reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they were: changed or deleted since.</source>
        <translation>
            <numerusform>%Ln left as it was: changed or deleted since.</numerusform>
            <numerusform>%Ln left as they were: changed or deleted since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPanel</name>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>contacts the import would create</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would update</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>%Ln would update</numerusform>
            <numerusform>%Ln would update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already exist</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln already exists</numerusform>
            <numerusform>%Ln already exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates in the file</source>
        <translation>
            <numerusform>%Ln duplicate in the file</numerusform>
            <numerusform>%Ln duplicates in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln rows; the counts are for those.</source>
        <translation>
            <numerusform>Stopped after %Ln row; the counts are for it.</numerusform>
            <numerusform>Stopped after %Ln rows; the counts are for those.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked:</source>
        <translation>
            <numerusform>The %Ln row checked:</numerusform>
            <numerusform>All %Ln rows checked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows it would s&amp;kip:</source>
        <translation>
            <numerusform>The %Ln row it would s&amp;kip:</numerusform>
            <numerusform>The first %Ln rows it would s&amp;kip:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>The first %Ln cards of %1 (%2):</source>
        <translation>
            <numerusform>The first card of %1 (%2):</numerusform>
            <numerusform>The first %Ln cards of %1 (%2):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows of %1 (%2):</source>
        <translation>
            <numerusform>The first row of %1 (%2):</numerusform>
            <numerusform>The first %Ln rows of %1 (%2):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message numerus="yes">
        <source>About %Ln seconds</source>
        <translation>
            <numerusform>About %Ln second</numerusform>
            <numerusform>About %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minutes</source>
        <translation>
            <numerusform>About %Ln minute</numerusform>
            <numerusform>About %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hours</source>
        <translation>
            <numerusform>About %Ln hour</numerusform>
            <numerusform>About %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of about %Ln</source>
        <comment>rows imported of the file&apos;s</comment>
        <translation>
            <numerusform>%L1 of about %Ln</numerusform>
            <numerusform>%L1 of about %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows per second</source>
        <translation>
            <numerusform>%Ln row per second</numerusform>
            <numerusform>%Ln rows per second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message numerus="yes">
        <source>The import was stopped after line %1: %Ln rows were read and are in. The rest of the file was not imported.</source>
        <translation>
            <numerusform>The import was stopped after line %1: %Ln row was read and is in. The rest of the file was not imported.</numerusform>
            <numerusform>The import was stopped after line %1: %Ln rows were read and are in. The rest of the file was not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file were read.</source>
        <translation>
            <numerusform>The file&apos;s %Ln row was read.</numerusform>
            <numerusform>All %Ln rows of the file were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln skipped rows are listed; the saved file has all of them.</source>
        <translation>
            <numerusform>The %Ln skipped row is listed; the saved file has it too.</numerusform>
            <numerusform>The first %Ln skipped rows are listed; the saved file has all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to %1.</source>
        <translation>
            <numerusform>Saved %Ln row to %1.</numerusform>
            <numerusform>Saved %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message numerus="yes">
        <source>Delete %Ln selected contacts? Type the number to confirm.</source>
        <translation>
            <numerusform>Delete %Ln selected contact? Type the number to confirm.</numerusform>
            <numerusform>Delete %Ln selected contacts? Type the number to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts?</source>
        <translation>
            <numerusform>Delete %Ln selected contact?</numerusform>
            <numerusform>Delete %Ln selected contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contacts…</source>
        <translation>
            <numerusform>Deleting %Ln contact…</numerusform>
            <numerusform>Deleting %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts</source>
        <translation>
            <numerusform>Deleted %Ln contact</numerusform>
            <numerusform>Deleted %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message numerus="yes">
        <source>Block %Ln contacts</source>
        <translation>
            <numerusform>Block %Ln contact</numerusform>
            <numerusform>Block %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln contacts</source>
        <translation>
            <numerusform>Unblock %Ln contact</numerusform>
            <numerusform>Unblock %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opt in %Ln contacts</source>
        <translation>
            <numerusform>Opt in %Ln contact</numerusform>
            <numerusform>Opt in %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opt out %Ln contacts</source>
        <translation>
            <numerusform>Opt out %Ln contact</numerusform>
            <numerusform>Opt out %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>Sync waits %Ln s: %1</source>
        <translation>
            <numerusform>Sync waits %Ln s: %1</numerusform>
            <numerusform>Sync waits %Ln s: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message numerus="yes">
        <source>Connected: %Ln contacts on the server</source>
        <translation>
            <numerusform>Connected: %Ln contact on the server</numerusform>
            <numerusform>Connected: %Ln contacts on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Add tag “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Add tag “%1” to %Ln contact</numerusform>
            <numerusform>Add tag “%1” to %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Remove tag “%1” from %Ln contact</numerusform>
            <numerusform>Remove tag “%1” from %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add label “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Add label “%1” to %Ln contact</numerusform>
            <numerusform>Add label “%1” to %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove label “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Remove label “%1” from %Ln contact</numerusform>
            <numerusform>Remove label “%1” from %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message numerus="yes">
        <source>%1: %Ln contacts</source>
        <translation>
            <numerusform>%1: %Ln contact</numerusform>
            <numerusform>%1: %Ln contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
