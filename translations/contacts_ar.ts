<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No conflicts: every change here and on the server could be merged.</source>
        <translation>لا توجد تعارضات: أمكن دمج كل التغييرات هنا وعلى الخادم.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>الإبقاء على &amp;قيمي</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>الإبقاء على قيم ال&amp;خادم</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <source>These fields were changed here and on the server since the last sync. The server&apos;s value is in place; &quot;Keep Mine&quot; sends yours on the next sync.</source>
        <translation>تغيّرت هذه الحقول هنا وعلى الخادم منذ آخر مزامنة. قيمة الخادم هي المطبّقة؛ «الإبقاء على قيمي» يرسل قيمك في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>قيمة الخادم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Apply your values again; the next sync sends them</source>
        <translation>تطبيق قيمك مجددًا؛ ترسلها المزامنة التالية</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values and close the conflicts</source>
        <translation>الإبقاء على قيم الخادم وإغلاق التعارضات</translation>
    </message>
    <message>
        <source>Deleted on server</source>
        <translation>حُذفت على الخادم</translation>
    </message>
    <message>
        <source>Edited here: keep to restore it</source>
        <translation>عُدّلت هنا: أبقِها لاستعادتها</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>حُذفت هنا</translation>
    </message>
    <message>
        <source>Edited on the server: keep to restore it</source>
        <translation>عُدّلت على الخادم: أبقِها لاستعادتها</translation>
    </message>
    <message>
        <source>Some conflicts stay open: %1</source>
        <translation>بعض التعارضات ما زالت مفتوحة: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Each field changed on both sides: the contact, the field, your value and the server&apos;s; Keep Mine or Keep Theirs applies to the selected rows</source>
        <translation>كل حقل تغيّر في الجهتين: جهة الاتصال والحقل وقيمتك وقيمة الخادم؛ «احتفظ بقيمتي» أو «احتفظ بقيمتهم» ينطبق على الصفوف المحددة</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>إغلاق المحرر</translation>
    </message>
    <message>
        <source>+971501234567</source>
        <translation>+971501234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال‍&amp;ه‍اتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>الب‍&amp;ريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>البل‍&amp;د</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال‍&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التصنيفا&amp;ت</translation>
    </message>
    <message>
        <source>Custom &amp;fields</source>
        <translation>ال‍&amp;ح‍قول المخصصة</translation>
    </message>
    <message>
        <source>A contact&apos;s phone number cannot change</source>
        <translation>لا يمكن تغيير رقم هاتف جهة الاتصال</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>لم يتم تحديد جهة اتصال</translation>
    </message>
    <message>
        <source>Double-click a contact to edit it, or create a new one.</source>
        <translation>انقر نقرًا مزدوجًا فوق جهة اتصال لتحريرها، أو أنشئ جهة اتصال جديدة.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Enter the phone number in international format.</source>
        <translation>أدخل رقم الهاتف بالتنسيق الدولي.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · source: %3</source>
        <translation>الإنشاء: %1 · التحديث: %2 · المصدر: %3</translation>
    </message>
    <message>
        <source>Each field name may appear once: %1</source>
        <translation>يجب ألا يتكرر اسم الحقل أكثر من مرة: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the new contact?</source>
        <translation>هل تريد حفظ جهة الاتصال الجديدة؟</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>هل تريد حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Two-letter country code; when empty, it comes from the phone number</source>
        <translation>رمز البلد المكوّن من حرفين؛ إذا تُرك فارغًا، يُحدَّد من رقم الهاتف</translation>
    </message>
    <message>
        <source>Opt-in and block history</source>
        <translation>سجل الاشتراك والحظر</translation>
    </message>
    <message>
        <source>The opt-in history could not be read.</source>
        <translation>تعذرت قراءة سجل الاشتراك.</translation>
    </message>
    <message>
        <source>Why? e.g. asked on the phone (kept in the history)</source>
        <translation>لماذا؟ مثلًا: طلب ذلك عبر الهاتف (يُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Reason for the opt-in or block change</source>
        <translation>سبب تغيير الاشتراك أو الحظر</translation>
    </message>
    <message>
        <source>The contact&apos;s name, as the agents know them</source>
        <translation>اسم جهة الاتصال كما يعرفه الموظفون</translation>
    </message>
    <message>
        <source>The WhatsApp number in international form, with the country code</source>
        <translation>رقم واتساب بالصيغة الدولية مع رمز البلد</translation>
    </message>
    <message>
        <source>The contact&apos;s email address, optional</source>
        <translation>البريد الإلكتروني لجهة الاتصال، اختياري</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>التصنيفات، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Kept in the opt-in and block history with the change</source>
        <translation>يُحفظ مع التغيير في سجل الموافقة والحظر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>حقول جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactFieldError</name>
    <message>
        <source>Phone number (userNumber) is required</source>
        <translation>رقم الهاتف (userNumber) مطلوب</translation>
    </message>
    <message>
        <source>Invalid phone number (userNumber): expected E.164, e.g. +971501234567</source>
        <translation>رقم الهاتف (userNumber) غير صالح: يجب أن يكون بتنسيق E.164، مثل +971501234567</translation>
    </message>
    <message>
        <source>Contact with this phone number already exists</source>
        <translation>توجد بالفعل جهة اتصال برقم الهاتف هذا</translation>
    </message>
    <message>
        <source>Invalid countryCode</source>
        <translation>رمز البلد (countryCode) غير صالح</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>البريد الإلكتروني غير صالح</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>الاسم غير صالح</translation>
    </message>
    <message>
        <source>Invalid tags</source>
        <translation>الوسوم غير صالحة</translation>
    </message>
    <message>
        <source>Invalid labels</source>
        <translation>التصنيفات غير صالحة</translation>
    </message>
    <message>
        <source>Invalid params</source>
        <translation>الحقول المخصصة (params) غير صالحة</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>لم يتم العثور على جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Blocked: messages from this contact are ignored</source>
        <translation>محظور: يتم تجاهل الرسائل الواردة من جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Opted out: do not send marketing messages</source>
        <translation>غير مشترك: لا ترسل إليه رسائل تسويقية</translation>
    </message>
    <message>
        <source>Opted in to messages</source>
        <translation>مشترك في تلقي الرسائل</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>لا توجد رسائل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن الفرز حسب هذا العمود</translation>
    </message>
    <message>
        <source>Not synced yet: changes wait for the next sync</source>
        <translation>لم تُزامَن بعد: التغييرات بانتظار المزامنة التالية</translation>
    </message>
    <message>
        <source>Sync conflict: changed here and on the server (Sync ▸ Conflicts…)</source>
        <translation>تعارض في المزامنة: تغيّرت هنا وعلى الخادم (مزامنة ◂ التعارضات…)</translation>
    </message>
    <message>
        <source>Sync failed for this contact</source>
        <translation>فشلت مزامنة جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Sync failed for this contact: %1</source>
        <translation>فشلت مزامنة جهة الاتصال هذه: %1</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>The contacts that match the search and filters; Enter edits the current one, the menu key lists what can be done</source>
        <translation>جهات الاتصال المطابقة للبحث والمرشحات؛ زر الإدخال يحرر الحالية، ومفتاح القائمة يعرض ما يمكن فعله</translation>
    </message>
</context>
<context>
    <name>ContactWriter</name>
    <message numerus="yes">
        <source>Merging %Ln contacts…</source>
        <translation>
            <numerusform>جارٍ دمج %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ دمج %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ دمج جهتي اتصال…</numerusform>
            <numerusform>جارٍ دمج %Ln جهات اتصال…</numerusform>
            <numerusform>جارٍ دمج %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ دمج %Ln جهة اتصال…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsClient</name>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>انقطع الجواب بعد %1 من أصل %2 بايت</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>أُلغي الطلب</translation>
    </message>
    <message>
        <source>Keeping within %1 requests per minute</source>
        <translation>للبقاء ضمن حد %1 طلب في الدقيقة</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>فشل الاتصال الآمن بـ %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>لم يُجب %1 خلال %2 ث</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>فشل الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the organization id or the token (HTTP 401)</source>
        <translation>رفض %1 معرّف المؤسسة أو الرمز (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 still limits the request rate (HTTP 429)</source>
        <translation>لا يزال %1 يحدّ من معدل الطلبات (HTTP 429)</translation>
    </message>
    <message>
        <source>The server asked to wait (rate limit)</source>
        <translation>طلب الخادم الانتظار (حد معدل الطلبات)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2)</source>
        <translation>فشل %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 redirects (HTTP %2) to %3: use that address as the server URL</source>
        <translation>يعيد %1 التوجيه (HTTP %2) إلى %3: استخدم هذا العنوان عنوانًا للخادم</translation>
    </message>
    <message>
        <source>The answer of %1 (HTTP %2) is not the Contacts API&apos;s: is %3 the right server URL?</source>
        <translation>جواب %1 (HTTP %2) ليس من واجهة API لجهات الاتصال: هل %3 هو عنوان الخادم الصحيح؟</translation>
    </message>
    <message>
        <source>%1 (attempts: %2)</source>
        <translation>%1 (المحاولات: %2)</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>إعادة المحاولة: %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contact created</source>
        <translation>تم إنشاء جهة الاتصال</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>تم حفظ التغييرات</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;ج‍هة اتصال جديدة</translation>
    </message>
    <message>
        <source>Add a contact by hand</source>
        <translation>إضافة جهة اتصال يدويًا</translation>
    </message>
    <message>
        <source>&amp;Edit Contact</source>
        <translation>ت‍&amp;ح‍رير جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ب‍&amp;ح‍ث</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;م‍سح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>الم‍&amp;ح‍رر</translation>
    </message>
    <message>
        <source>Reading the selection…</source>
        <translation>جارٍ قراءة التحديد…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>New contact %1</source>
        <translation>إنشاء جهة الاتصال %1</translation>
    </message>
</context>
<context>
    <name>CurrentDatabase</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation>فت‍&amp;ح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>ق‍&amp;واعد البيانات الحديثة</translation>
    </message>
    <message>
        <source>Open or create a contacts database</source>
        <translation>فتح قاعدة بيانات جهات اتصال أو إنشاؤها</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>تعذّر فتح قاعدة البيانات %1.

%2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Contacts databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات جهات الاتصال (*.db *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>لم يعد %1 موجودًا.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>لا توجد قواعد بيانات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;م‍سح القائمة</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف جهة اتصال واحدة</numerusform>
            <numerusform>حذف جهتي اتصال</numerusform>
            <numerusform>حذف %Ln جهات اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Browse and edit the contacts of a WhatsApp Business account.</source>
        <translation>تصفّح جهات اتصال حساب واتساب للأعمال وحرّرها.</translation>
    </message>
    <message>
        <source>Open the contacts database at &lt;path&gt; (created if missing) instead of the default one.</source>
        <translation>فتح قاعدة بيانات جهات الاتصال الموجودة في &lt;path&gt; (وإنشاؤها إن لم تكن موجودة) بدلاً من قاعدة البيانات الافتراضية.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; instead of the system&apos;s: %1.</source>
        <translation>استخدام &lt;language&gt; بدلاً من لغة النظام: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>وسيطة غير متوقعة &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; available: %2.</source>
        <translation>لغة غير معروفة &apos;%1&apos;؛ اللغات المتاحة: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation>البريد نفسه</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>الاسم والبلد نفسهما</translation>
    </message>
    <message>
        <source>same number under another prefix or country code</source>
        <translation>الرقم نفسه ببادئة أو رمز بلد آخر</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>مجموعات المكررات</translation>
    </message>
    <message>
        <source>Each group lists contacts that are likely one person and why they matched.</source>
        <translation>تسرد كل مجموعة جهات اتصال يُرجَّح أنها لشخص واحد وسبب تطابقها.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <source>Merge the selected group into one contact (Enter)</source>
        <translation>دمج المجموعة المحددة في جهة اتصال واحدة (Enter)</translation>
    </message>
    <message>
        <source>&amp;Find Again</source>
        <translation>&amp;بحث مجددًا</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>تعذر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>تعذر البحث عن المكررات: %1</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن المكررات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts: %1</source>
        <translation>
            <numerusform>%Ln جهة اتصال: %1</numerusform>
            <numerusform>جهة اتصال واحدة: %1</numerusform>
            <numerusform>جهتا اتصال: %1</numerusform>
            <numerusform>%Ln جهات اتصال: %1</numerusform>
            <numerusform>%Ln جهة اتصال: %1</numerusform>
            <numerusform>%Ln جهة اتصال: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>لم يُعثر على مكررات.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates: %1; the first %2 are listed.</source>
        <translation>مجموعات المكررات المحتملة: %1؛ تُعرض أول %2 منها.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates: %1. Merge keeps one contact and deletes the others; History can undo it.</source>
        <translation>مجموعات المكررات المحتملة: %1. يحتفظ الدمج بجهة اتصال واحدة ويحذف البقية؛ ويمكن التراجع عنه من السجل.</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>لم يتم الدمج: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into %1. History can undo it.</source>
        <translation>
            <numerusform>دُمجت %Ln جهة اتصال في %1. يمكن التراجع من السجل.</numerusform>
            <numerusform>دُمجت جهة اتصال واحدة في %1. يمكن التراجع من السجل.</numerusform>
            <numerusform>دُمجت جهتا اتصال في %1. يمكن التراجع من السجل.</numerusform>
            <numerusform>دُمجت %Ln جهات اتصال في %1. يمكن التراجع من السجل.</numerusform>
            <numerusform>دُمجت %Ln جهة اتصال في %1. يمكن التراجع من السجل.</numerusform>
            <numerusform>دُمجت %Ln جهة اتصال في %1. يمكن التراجع من السجل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No contacts yet</source>
        <translation>لا توجد جهات اتصال بعد</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Add your first contact by hand, or import a CSV file exported from WhatsApp Business or a spreadsheet, or a phone’s vCard file.</source>
        <translation>أضف أول جهة اتصال يدويًا، أو استورد ملف CSV مُصدَّرًا من واتساب للأعمال أو من جدول بيانات، أو ملف vCard من هاتف.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;ج‍ميع جهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>جهات الاتصال المراد تصديرها</translation>
    </message>
    <message>
        <source>Add a byte order &amp;mark (for Excel)</source>
        <translation>إضافة علا&amp;م‍ة ترتيب البايت (لـ Excel)</translation>
    </message>
    <message>
        <source>Excel needs it to read names in Arabic and other scripts correctly; other programs ignore it.</source>
        <translation>يحتاج إليها Excel لقراءة الأسماء المكتوبة بالعربية وغيرها من أنظمة الكتابة بشكل صحيح، وتتجاهلها البرامج الأخرى.</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <comment>the exported file&apos;s name</comment>
        <translation>جهات الاتصال %1.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>المل‍&amp;ف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است‍&amp;ع‍راض…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تص‍&amp;دير</translation>
    </message>
    <message>
        <source>The current &amp;search and filter (none set)</source>
        <translation>نتائج البحث والتصفية ال‍&amp;ح‍الية (لا يوجد بحث أو تصفية)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All contacts (%Ln)</source>
        <translation>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
            <numerusform>&amp;ج‍ميع جهات الاتصال (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current &amp;search and filter</source>
        <translation>نتائج البحث والتصفية ال‍&amp;ح‍الية</translation>
    </message>
    <message>
        <source>The current &amp;search and filter (1 contact)</source>
        <translation>نتائج البحث والتصفية ال‍&amp;ح‍الية (جهة اتصال واحدة)</translation>
    </message>
    <message numerus="yes">
        <source>The current &amp;search and filter (%Ln contacts)</source>
        <translation>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (%Ln جهة اتصال)</numerusform>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (جهة اتصال واحدة)</numerusform>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (جهتا اتصال)</numerusform>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (%Ln جهات اتصال)</numerusform>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (%Ln جهة اتصال)</numerusform>
            <numerusform>نتائج البحث والتصفية ال‍&amp;ح‍الية (%Ln جهة اتصال)</numerusform>
        </translation>
    </message>
    <message>
        <source>The s&amp;election (nothing selected)</source>
        <translation>&amp;التحديد (لم يتم تحديد شيء)</translation>
    </message>
    <message>
        <source>The s&amp;election (1 contact)</source>
        <translation>&amp;التحديد (جهة اتصال واحدة)</translation>
    </message>
    <message numerus="yes">
        <source>The s&amp;election (%Ln contacts)</source>
        <translation>
            <numerusform>&amp;التحديد (%Ln جهة اتصال)</numerusform>
            <numerusform>&amp;التحديد (جهة اتصال واحدة)</numerusform>
            <numerusform>&amp;التحديد (جهتا اتصال)</numerusform>
            <numerusform>&amp;التحديد (%Ln جهات اتصال)</numerusform>
            <numerusform>&amp;التحديد (%Ln جهة اتصال)</numerusform>
            <numerusform>&amp;التحديد (%Ln جهة اتصال)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>الملف %1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>تم إيقاف التصدير، ولم تتم كتابة أي ملف.</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>تم تصدير جهة اتصال واحدة إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to %1.</source>
        <translation>
            <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير جهة اتصال واحدة إلى %1.</numerusform>
            <numerusform>تم تصدير جهتي اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln جهات اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غ‍لاق</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Write their opt-in and block &amp;history instead (for an audit)</source>
        <translation>اكتب &amp;سجل الاشتراك والحظر الخاص بها بدلًا من ذلك (للتدقيق)</translation>
    </message>
    <message>
        <source>A row per change of opted in or blocked: when, by whom and how (the editor, a batch action, the import of which file, the API, sync).</source>
        <translation>صف لكل تغيير في الاشتراك أو الحظر: متى، ومن قام به، وكيف (المحرر، إجراء جماعي، استيراد أي ملف، الواجهة البرمجية، المزامنة).</translation>
    </message>
    <message>
        <source>Exported 1 change of the history to %1.</source>
        <translation>تم تصدير تغيير واحد من السجل إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln changes of the history to %1.</source>
        <translation>
            <numerusform>تم تصدير %Ln تغيير من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير تغيير واحد من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير تغييرين من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln تغييرات من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln تغييرًا من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln تغيير من السجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the CSV file is written; Browse chooses a place</source>
        <translation>مكان كتابة ملف CSV؛ «استعراض» يختار مكانًا</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>غير مشترك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>غير محظور</translation>
    </message>
    <message>
        <source>Opt-&amp;in</source>
        <translation>&amp;الاشتراك</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>ال‍&amp;ح‍ظر</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال‍&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التصنيفا&amp;ت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Shows only the contacts with the selected tags</source>
        <translation>يعرض جهات الاتصال ذات الوسوم المحددة فقط</translation>
    </message>
    <message>
        <source>Shows only the contacts with the selected labels</source>
        <translation>يعرض جهات الاتصال ذات التصنيفات المحددة فقط</translation>
    </message>
    <message>
        <source>Shows only the contacts with this opt-in</source>
        <translation>يعرض جهات الاتصال ذات حالة الموافقة هذه فقط</translation>
    </message>
    <message>
        <source>Shows only blocked, or only unblocked, contacts</source>
        <translation>يعرض جهات الاتصال المحظورة فقط، أو غير المحظورة فقط</translation>
    </message>
</context>
<context>
    <name>FlagChangeText</name>
    <message>
        <source>in the editor</source>
        <translation>في المحرر</translation>
    </message>
    <message>
        <source>batch action</source>
        <translation>إجراء جماعي</translation>
    </message>
    <message>
        <source>import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>API</source>
        <translation>الواجهة البرمجية</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>حُظر</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>أُلغي الحظر</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 في %2، %3</translation>
    </message>
    <message>
        <source>%1 on %2 by %3, %4</source>
        <translation>%1 في %2 بواسطة %3، %4</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>No opt-in or block change recorded.</source>
        <translation>لا توجد تغييرات مسجلة في الاشتراك أو الحظر.</translation>
    </message>
</context>
<context>
    <name>HeldDeletionsDialog</name>
    <message>
        <source>Sync Held Back Deletions</source>
        <translation>أوقفت المزامنة عمليات حذف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln on this computer, which the server no longer has</source>
        <translation>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
            <numerusform>%Ln على هذا الحاسوب لم تعد على الخادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the server, which were deleted here</source>
        <translation>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
            <numerusform>%Ln على الخادم حُذفت هنا</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync would delete more than the %1 contacts it deletes without asking:</source>
        <extracomment>%1 is the most contacts a sync deletes without asking; a list of what it would delete follows on lines of their own.</extracomment>
        <translation>ستحذف هذه المزامنة أكثر من %1 جهة اتصال، وهو ما تحذفه دون أن تسأل:</translation>
    </message>
    <message>
        <source>Everything else was synced. Delete them, or keep them until you have checked?</source>
        <translation>تمت مزامنة كل ما عدا ذلك. هل تحذفها، أم تبقيها حتى تتحقق منها؟</translation>
    </message>
    <message>
        <source>Some of the contacts to delete</source>
        <translation>بعض جهات الاتصال التي ستُحذف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>حُذفت على</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…و%Ln غيرها.</numerusform>
            <numerusform>…و%Ln غيرها.</numerusform>
            <numerusform>…و%Ln غيرها.</numerusform>
            <numerusform>…و%Ln غيرها.</numerusform>
            <numerusform>…و%Ln غيرها.</numerusform>
            <numerusform>…و%Ln غيرها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Contacts</source>
        <translation>
            <numerusform>&amp;حذف %Ln جهة اتصال</numerusform>
            <numerusform>&amp;حذف جهة اتصال واحدة</numerusform>
            <numerusform>&amp;حذف جهتي اتصال</numerusform>
            <numerusform>&amp;حذف %Ln جهات اتصال</numerusform>
            <numerusform>&amp;حذف %Ln جهة اتصال</numerusform>
            <numerusform>&amp;حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Them for Now</source>
        <translation>إ&amp;بقاؤها الآن</translation>
    </message>
    <message>
        <source>Their name, phone and where they were deleted: here or on the server</source>
        <translation>اسمها وهاتفها وأين حُذفت: هنا أو على الخادم</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Imports and batch edits, newest first</source>
        <translation>عمليات الاستيراد والتعديلات الجماعية، الأحدث أولاً</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Undo Operation</source>
        <translation>&amp;تراجع عن العملية</translation>
    </message>
    <message>
        <source>Revert what the selected operation changed; contacts changed since are left as they are and listed</source>
        <translation>يعيد ما غيّرته العملية المحددة؛ تُترك جهات الاتصال التي تغيّرت بعدها كما هي وتُدرج</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>تقدم التراجع</translation>
    </message>
    <message>
        <source>Contacts the undo left as they were</source>
        <translation>جهات الاتصال التي تركها التراجع كما كانت</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>جارٍ التراجع عن «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>لم يتم التراجع عن «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Undid “%1”: %Ln contacts reverted.</source>
        <translation>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
            <numerusform>تم التراجع عن «%1»: أُعيدت %Ln جهة اتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they were: changed or deleted since.</source>
        <translation>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
            <numerusform>تُركت %Ln كما كانت: تغيّرت أو حُذفت بعدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>When, what, by whom, how many contacts and whether it was undone; Enter undoes the selected operation</source>
        <translation>متى وماذا ومن وكم جهة اتصال وهل تم التراجع؛ زر الإدخال يتراجع عن العملية المحددة</translation>
    </message>
    <message>
        <source>Contacts changed since the operation, which the undo did not revert</source>
        <translation>جهات اتصال تغيّرت بعد العملية ولم يُرجعها التراجع</translation>
    </message>
</context>
<context>
    <name>ImportCheckPanel</name>
    <message>
        <source>What the import would do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>تقدّم التحقق</translation>
    </message>
    <message>
        <source>New: contacts the import would create. Would update: existing contacts it would add to. Unchanged: existing contacts the row brings nothing new to. Already exist, duplicates in the file and invalid rows would be skipped.</source>
        <translation>جديدة: جهات اتصال سينشئها الاستيراد. ستُحدَّث: جهات اتصال موجودة ستُضاف إليها بيانات. دون تغيير: جهات اتصال موجودة لا يضيف إليها الصف شيئًا جديدًا. أما الموجودة بالفعل والمكررة في الملف والصفوف غير الصالحة فسيتم تخطيها.</translation>
    </message>
    <message>
        <source>Rows the import would skip</source>
        <translation>الصفوف التي سيتخطاها الاستيراد</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>contacts the import would create</comment>
        <translation>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would update</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>ستُحدَّث: %Ln</numerusform>
            <numerusform>ستُحدَّث: %Ln</numerusform>
            <numerusform>ستُحدَّث: %Ln</numerusform>
            <numerusform>ستُحدَّث: %Ln</numerusform>
            <numerusform>ستُحدَّث: %Ln</numerusform>
            <numerusform>ستُحدَّث: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>موجودة بالفعل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already exist</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
            <numerusform>موجودة بالفعل: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 duplicate in the file</source>
        <translation>مكررة في الملف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates in the file</source>
        <translation>
            <numerusform>مكررة في الملف: %Ln</numerusform>
            <numerusform>مكررة في الملف: %Ln</numerusform>
            <numerusform>مكررة في الملف: %Ln</numerusform>
            <numerusform>مكررة في الملف: %Ln</numerusform>
            <numerusform>مكررة في الملف: %Ln</numerusform>
            <numerusform>مكررة في الملف: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <comment>rows</comment>
        <translation>
            <numerusform>غير صالحة: %Ln</numerusform>
            <numerusform>غير صالحة: %Ln</numerusform>
            <numerusform>غير صالحة: %Ln</numerusform>
            <numerusform>غير صالحة: %Ln</numerusform>
            <numerusform>غير صالحة: %Ln</numerusform>
            <numerusform>غير صالحة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>&amp;Stop Check</source>
        <translation>&amp;إيقاف التحقق</translation>
    </message>
    <message>
        <source>You can import without waiting for the check.</source>
        <translation>يمكنك الاستيراد دون انتظار انتهاء التحقق.</translation>
    </message>
    <message>
        <source>Checking… %1 %</source>
        <translation>جارٍ التحقق… %1٪</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>إعادة ال‍&amp;ت‍حقق</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>فشل التحقق: %1</translation>
    </message>
    <message>
        <source>The check was stopped before it read a row.</source>
        <translation>تم إيقاف التحقق قبل أن يقرأ أي صف.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln rows; the counts are for those.</source>
        <translation>
            <numerusform>تم الإيقاف بعد %Ln صف، والأعداد لهذه الصفوف فقط.</numerusform>
            <numerusform>تم الإيقاف بعد صف واحد، والأعداد له فقط.</numerusform>
            <numerusform>تم الإيقاف بعد صفين، والأعداد لهما فقط.</numerusform>
            <numerusform>تم الإيقاف بعد %Ln صفوف، والأعداد لها فقط.</numerusform>
            <numerusform>تم الإيقاف بعد %Ln صفًا، والأعداد لها فقط.</numerusform>
            <numerusform>تم الإيقاف بعد %Ln صف، والأعداد لها فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file’s one row, checked:</source>
        <translation>تم التحقق من الصف الوحيد في الملف:</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked:</source>
        <translation>
            <numerusform>تم التحقق من جميع الصفوف وعددها %Ln:</numerusform>
            <numerusform>تم التحقق من الصف الوحيد:</numerusform>
            <numerusform>تم التحقق من الصفين كليهما:</numerusform>
            <numerusform>تم التحقق من جميع الصفوف وعددها %Ln:</numerusform>
            <numerusform>تم التحقق من جميع الصفوف وعددها %Ln:</numerusform>
            <numerusform>تم التحقق من جميع الصفوف وعددها %Ln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows it would s&amp;kip:</source>
        <translation>
            <numerusform>أول %Ln صف سيتم ت‍&amp;خ‍طيها:</numerusform>
            <numerusform>أول صف سيتم ت‍&amp;خ‍طيه:</numerusform>
            <numerusform>أول صفين سيتم ت‍&amp;خ‍طيهما:</numerusform>
            <numerusform>أول %Ln صفوف سيتم ت‍&amp;خ‍طيها:</numerusform>
            <numerusform>أول %Ln صفًا سيتم ت‍&amp;خ‍طيها:</numerusform>
            <numerusform>أول %Ln صف سيتم ت‍&amp;خ‍طيها:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows it would s&amp;kip:</source>
        <translation>الصفوف التي سيتم ت‍&amp;خ‍طيها:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تص‍&amp;دير…</translation>
    </message>
    <message>
        <source>Export contacts to a CSV file</source>
        <translation>تصدير جهات الاتصال إلى ملف CSV</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file</source>
        <translation>استيراد جهات اتصال من ملف CSV أو vCard</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>المل‍&amp;ف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است‍&amp;ع‍راض…</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>A CSV file exported from Google Contacts, Outlook, WhatsApp Business or a spreadsheet, or a vCard file (.vcf) from a phone or an address book. You can also drop a file on the main window.</source>
        <translation>ملف CSV مُصدَّر من جهات اتصال Google أو Outlook أو واتساب للأعمال أو من جدول بيانات، أو ملف vCard (‎.vcf) من هاتف أو دفتر عناوين. يمكنك أيضًا إفلات ملف على النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv, .txt or .vcf file</source>
        <translation>مسار ملف ‎.csv أو ‎.tsv أو ‎.txt أو ‎.vcf</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard)</source>
        <translation>ملفات جهات الاتصال (*.csv *.tsv *.txt *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>ملفات CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>ملفات vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Choose what each column holds. Your choices are remembered for files with the same columns.</source>
        <translation>اختر ما يحتويه كل عمود. يتم تذكّر اختياراتك للملفات التي تحتوي على الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>None (international numbers only)</source>
        <translation>بلا (أرقام دولية فقط)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers of this country, unless the row has a country column.</source>
        <translation>تُقرأ الأرقام التي لا تتضمن رمز بلد على أنها أرقام من هذا البلد، ما لم يتضمن الصف عمودًا للبلد.</translation>
    </message>
    <message>
        <source>Added to every imported contact, e.g. the name of the file&apos;s campaign.</source>
        <translation>تُضاف إلى كل جهة اتصال مستوردة، مثل اسم الحملة الخاصة بالملف.</translation>
    </message>
    <message>
        <source>&amp;Update existing contacts instead of skipping them</source>
        <translation>ت‍&amp;ح‍ديث جهات الاتصال الموجودة بدلاً من تخطيها</translation>
    </message>
    <message>
        <source>A row whose number is already in your contacts fills in the fields that contact has empty and adds the tags it lacks; nothing the contact has is overwritten. Otherwise the row is skipped as “Contact already exists”.</source>
        <translation>الصف الذي يكون رقمه موجودًا بالفعل في جهات اتصالك يملأ الحقول الفارغة لدى جهة الاتصال تلك ويضيف الوسوم التي تنقصها، دون استبدال أي شيء موجود لديها. وإلا يتم تخطي الصف بالسبب «جهة الاتصال موجودة بالفعل».</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>البل‍&amp;د الافتراضي:</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>ال‍&amp;وسوم المراد إضافتها:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>استيراد بصفته</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(العمود %1)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>الحقول المخصصة (JSON)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>الحقل المخصص «%1»</translation>
    </message>
    <message>
        <source>Don’t import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message>
        <source>Kind of phone in “%1”</source>
        <translation>نوع الهاتف في «%1»</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>اختر العمود الذي يحتوي على أرقام الهواتف.</translation>
    </message>
    <message>
        <source>Choose the Options</source>
        <translation>اختيار الخيارات</translation>
    </message>
    <message>
        <source>Each card says what its fields are. Choose how to read numbers without a country code, tags to add, and what to do with contacts you already have.</source>
        <translation>كل بطاقة تحدد حقولها بنفسها. اختر كيفية قراءة الأرقام التي لا تتضمن رمز بلد، والوسوم المراد إضافتها، وما يجب فعله بجهات الاتصال الموجودة لديك.</translation>
    </message>
    <message>
        <source>These people &amp;agreed to receive WhatsApp messages: opt them in</source>
        <translation>وافق هؤلاء الأشخاص على تلقي رسائل واتساب: &amp;اشتراكهم</translation>
    </message>
    <message>
        <source>Every contact the import creates is opted in, and its history says it was by this file&apos;s import. Contacts you have already keep their own choice.</source>
        <translation>كل جهة اتصال ينشئها الاستيراد تصبح مشتركة، ويذكر سجلها أن ذلك كان باستيراد هذا الملف. جهات الاتصال الموجودة لديك تحتفظ باختيارها.</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <source>The contact field this column&apos;s values go to</source>
        <translation>حقل جهة الاتصال الذي تذهب إليه قيم هذا العمود</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>أوروبا الغربية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>تركي</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>أوروبا الوسطى</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>سيريلي</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>يوناني</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>عبري</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>صيني</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ياباني</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>كوري</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>التحقق من الأعمدة</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be read. If the text looks garbled or the columns run together, choose another encoding or delimiter.</source>
        <translation>الصفوف الأولى من الملف كما ستتم قراءتها. إذا ظهر النص مشوّهًا أو تداخلت الأعمدة، فاختر ترميزًا أو فاصلاً آخر.</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>السطر في الملف</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>التر&amp;م‍يز:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>الفاص‍&amp;ل:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>شريط عمودي</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 — تم اكتشافه</translation>
    </message>
    <message>
        <source>%1 ( %2 )</source>
        <translation>%1 ( %2 )</translation>
    </message>
    <message>
        <source>The first row of %1 (%2):</source>
        <translation>الصف الأول من %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows of %1 (%2):</source>
        <translation>
            <numerusform>أول %Ln صف من %1 (%2):</numerusform>
            <numerusform>الصف الأول من %1 (%2):</numerusform>
            <numerusform>أول صفين من %1 (%2):</numerusform>
            <numerusform>أول %Ln صفوف من %1 (%2):</numerusform>
            <numerusform>أول %Ln صفًا من %1 (%2):</numerusform>
            <numerusform>أول %Ln صف من %1 (%2):</numerusform>
        </translation>
    </message>
    <message>
        <source>The first contacts of the file as they will be read. Each card says what its fields are.</source>
        <translation>جهات الاتصال الأولى في الملف كما ستتم قراءتها. كل بطاقة تحدد حقولها بنفسها.</translation>
    </message>
    <message>
        <source>The first card of %1 (%2):</source>
        <translation>البطاقة الأولى من %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln cards of %1 (%2):</source>
        <translation>
            <numerusform>أول %Ln بطاقة من %1 (%2):</numerusform>
            <numerusform>البطاقة الأولى من %1 (%2):</numerusform>
            <numerusform>أول بطاقتين من %1 (%2):</numerusform>
            <numerusform>أول %Ln بطاقات من %1 (%2):</numerusform>
            <numerusform>أول %Ln بطاقة من %1 (%2):</numerusform>
            <numerusform>أول %Ln بطاقة من %1 (%2):</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row holds a contact, not column names: the column is named %1.</source>
        <translation>يحتوي الصف الأول على جهة اتصال، لا على أسماء أعمدة: اسم العمود %1.</translation>
    </message>
    <message>
        <source>The first row holds a contact, not column names: the columns are named %1 to %2.</source>
        <translation>يحتوي الصف الأول على جهة اتصال، لا على أسماء أعمدة: أسماء الأعمدة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>“%1” holds phone numbers, so it is imported as the phone.</source>
        <translation>يحتوي «%1» على أرقام هواتف، لذا يتم استيراده بصفته رقم الهاتف.</translation>
    </message>
    <message>
        <source>“%1” holds email addresses, so it is imported as the email.</source>
        <translation>يحتوي «%1» على عناوين بريد إلكتروني، لذا يتم استيراده بصفته البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Check the Contacts</source>
        <translation>التحقق من جهات الاتصال</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded; another one reads the file again</source>
        <translation>ترميز نص الملف؛ اختيار ترميز آخر يعيد قراءة الملف</translation>
    </message>
    <message>
        <source>What separates the values of a row; another one reads the file again</source>
        <translation>ما يفصل قيم الصف؛ اختيار فاصل آخر يعيد قراءة الملف</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>The first rows of the file, as they will be read</source>
        <translation>الصفوف الأولى من الملف كما ستُقرأ</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>You can keep working in the main window meanwhile. Stopping keeps the rows imported so far.</source>
        <translation>يمكنك مواصلة العمل في النافذة الرئيسية في أثناء ذلك. عند الإيقاف، تبقى الصفوف التي تم استيرادها حتى الآن.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;إيقاف الاستيراد</translation>
    </message>
    <message>
        <source>Stops after the rows being written: they stay imported.</source>
        <translation>يتوقف بعد الصفوف الجاري كتابتها، وتبقى هذه الصفوف مستوردة.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>الوقت المتبقي:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>About 1 second</source>
        <translation>ثانية واحدة تقريبًا</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln seconds</source>
        <translation>
            <numerusform>%Ln ثانية تقريبًا</numerusform>
            <numerusform>ثانية واحدة تقريبًا</numerusform>
            <numerusform>ثانيتان تقريبًا</numerusform>
            <numerusform>%Ln ثوانٍ تقريبًا</numerusform>
            <numerusform>%Ln ثانية تقريبًا</numerusform>
            <numerusform>%Ln ثانية تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>About 1 minute</source>
        <translation>دقيقة واحدة تقريبًا</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minutes</source>
        <translation>
            <numerusform>%Ln دقيقة تقريبًا</numerusform>
            <numerusform>دقيقة واحدة تقريبًا</numerusform>
            <numerusform>دقيقتان تقريبًا</numerusform>
            <numerusform>%Ln دقائق تقريبًا</numerusform>
            <numerusform>%Ln دقيقة تقريبًا</numerusform>
            <numerusform>%Ln دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>About 1 hour</source>
        <translation>ساعة واحدة تقريبًا</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hours</source>
        <translation>
            <numerusform>%Ln ساعة تقريبًا</numerusform>
            <numerusform>ساعة واحدة تقريبًا</numerusform>
            <numerusform>ساعتان تقريبًا</numerusform>
            <numerusform>%Ln ساعات تقريبًا</numerusform>
            <numerusform>%Ln ساعة تقريبًا</numerusform>
            <numerusform>%Ln ساعة تقريبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of about %Ln</source>
        <comment>rows imported of the file&apos;s</comment>
        <translation>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
            <numerusform>%L1 من %Ln تقريبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows per second</source>
        <translation>
            <numerusform>%Ln صف في الثانية</numerusform>
            <numerusform>صف واحد في الثانية</numerusform>
            <numerusform>صفان في الثانية</numerusform>
            <numerusform>%Ln صفوف في الثانية</numerusform>
            <numerusform>%Ln صفًا في الثانية</numerusform>
            <numerusform>%Ln صف في الثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>What was imported, and the rows that were not.</source>
        <translation>ما تم استيراده، والصفوف التي لم يتم استيرادها.</translation>
    </message>
    <message>
        <source>&amp;Save Error Rows…</source>
        <translation>&amp;ح‍فظ صفوف الأخطاء…</translation>
    </message>
    <message>
        <source>Saves the skipped rows with their columns, the problem and the line, to fix them and import that file again.</source>
        <translation>يحفظ الصفوف التي تم تخطيها مع أعمدتها والمشكلة ورقم السطر، لتصحيحها ثم استيراد ذلك الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>S&amp;kipped rows:</source>
        <translation>الصفوف ال‍&amp;م‍تخطاة:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>تم الاستيراد:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>تم التحديث:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>تم التخطي:</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>لم يتم استيراد أي شيء</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>لم يتم تشغيل الاستيراد.</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>تم إيقاف الاستيراد</translation>
    </message>
    <message>
        <source>A database error stopped the import after line %1: %2. The rows before it are in; the rest of the file was not imported.</source>
        <translation>أوقف خطأ في قاعدة البيانات الاستيراد بعد السطر %1: %2. تم استيراد الصفوف السابقة له، ولم يتم استيراد بقية الملف.</translation>
    </message>
    <message>
        <source>The import was stopped after line %1: 1 row was read and is in. The rest of the file was not imported.</source>
        <translation>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة صف واحد واستيراده. لم يتم استيراد بقية الملف.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after line %1: %Ln rows were read and are in. The rest of the file was not imported.</source>
        <translation>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة %Ln صف واستيرادها. لم يتم استيراد بقية الملف.</numerusform>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة صف واحد واستيراده. لم يتم استيراد بقية الملف.</numerusform>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة صفين واستيرادهما. لم يتم استيراد بقية الملف.</numerusform>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة %Ln صفوف واستيرادها. لم يتم استيراد بقية الملف.</numerusform>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة %Ln صفًا واستيرادها. لم يتم استيراد بقية الملف.</numerusform>
            <numerusform>تم إيقاف الاستيراد بعد السطر %1: تمت قراءة %Ln صف واستيرادها. لم يتم استيراد بقية الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s one row was read.</source>
        <translation>تمت قراءة الصف الوحيد في الملف.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file were read.</source>
        <translation>
            <numerusform>تمت قراءة جميع صفوف الملف وعددها %Ln.</numerusform>
            <numerusform>تمت قراءة الصف الوحيد في الملف.</numerusform>
            <numerusform>تمت قراءة صفَّي الملف كليهما.</numerusform>
            <numerusform>تمت قراءة جميع صفوف الملف وعددها %Ln.</numerusform>
            <numerusform>تمت قراءة جميع صفوف الملف وعددها %Ln.</numerusform>
            <numerusform>تمت قراءة جميع صفوف الملف وعددها %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln skipped rows are listed; the saved file has all of them.</source>
        <translation>
            <numerusform>يتم عرض أول %Ln صف تم تخطيه، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
            <numerusform>يتم عرض أول صف تم تخطيه، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
            <numerusform>يتم عرض أول صفين تم تخطيهما، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
            <numerusform>يتم عرض أول %Ln صفوف تم تخطيها، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
            <numerusform>يتم عرض أول %Ln صفًا تم تخطيها، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
            <numerusform>يتم عرض أول %Ln صف تم تخطيها، ويحتوي الملف المحفوظ عليها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them to fix them in a spreadsheet and import that file again.</source>
        <translation>احفظها لتصحيحها في جدول بيانات ثم استيراد ذلك الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 - errors.csv</source>
        <comment>the file of skipped rows</comment>
        <translation>%1 - الأخطاء.csv</translation>
    </message>
    <message>
        <source>Saved 1 row to %1.</source>
        <translation>تم حفظ صف واحد في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to %1.</source>
        <translation>
            <numerusform>تم حفظ %Ln صف في %1.</numerusform>
            <numerusform>تم حفظ صف واحد في %1.</numerusform>
            <numerusform>تم حفظ صفين في %1.</numerusform>
            <numerusform>تم حفظ %Ln صفوف في %1.</numerusform>
            <numerusform>تم حفظ %Ln صفًا في %1.</numerusform>
            <numerusform>تم حفظ %Ln صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>محدَّثة بالفعل:</translation>
    </message>
    <message>
        <source>Rows that matched an existing contact and brought nothing it did not have</source>
        <translation>صفوف طابقت جهة اتصال موجودة ولم تُضف إليها شيئًا جديدًا</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>الصفوف المتخطاة</translation>
    </message>
    <message>
        <source>The rows that were not imported: their line, phone and problem</source>
        <translation>الصفوف التي لم تُستورد: سطرها وهاتفها والمشكلة</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Save Error Rows</source>
        <translation>حفظ صفوف الأخطاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>An import is running. Stop it and close? The rows imported so far stay.</source>
        <translation>هناك عملية استيراد قيد التشغيل. هل تريد إيقافها والإغلاق؟ ستبقى الصفوف التي تم استيرادها حتى الآن.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>تعذّر استخدام سلسلة مفاتيح النظام: %1</translation>
    </message>
    <message>
        <source>no keychain service is running (such as GNOME Keyring or KWallet)</source>
        <translation>لا توجد خدمة سلسلة مفاتيح قيد التشغيل (مثل GNOME Keyring أو KWallet)</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>رُفض الوصول</translation>
    </message>
    <message>
        <source>no keychain service answered (is GNOME Keyring or KWallet running?)</source>
        <translation>لم تُجب أي خدمة لسلسلة المفاتيح (هل GNOME Keyring أو KWallet قيد التشغيل؟)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; Open Database…</source>
        <translation>لا توجد قاعدة بيانات مفتوحة. اختر ملف &gt; فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خ‍روج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت‍&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;ع‍ادة</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;ع‍وامل التصفية</translation>
    </message>
    <message>
        <source>&amp;About Contacts</source>
        <translation>&amp;ح‍ول جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;م‍لف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت‍&amp;ح‍رير</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;ج‍هات الاتصال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ع‍رض</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأعم‍&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليم‍&amp;ات</translation>
    </message>
    <message>
        <source>%1 — Contacts</source>
        <translation>%1 — جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت‍&amp;راجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;ع‍ادة %1</translation>
    </message>
    <message>
        <source>Contacts can be sorted by name, creation, last message or update time</source>
        <translation>يمكن فرز جهات الاتصال حسب الاسم أو تاريخ الإنشاء أو آخر رسالة أو تاريخ التحديث</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>About Contacts</source>
        <translation>حول جهات الاتصال</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Contacts %1&lt;/h3&gt;&lt;p&gt;Search, tag and clean up the contacts of a WhatsApp Business account, with a million contacts as smoothly as with ten.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;جهات الاتصال %1&lt;/h3&gt;&lt;p&gt;ابحث في جهات اتصال حساب واتساب للأعمال وضع لها الوسوم ونظّمها، بالسلاسة نفسها مع مليون جهة اتصال أو مع عشر جهات فقط.&lt;/p&gt;&lt;p&gt;تم الإنشاء باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>ا&amp;سمك…</translation>
    </message>
    <message>
        <source>The name the opt-in and block history gives your changes</source>
        <translation>الاسم الذي يسجل به سجل الاشتراك والحظر تغييراتك</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>The opt-in and block history records your changes under this name (empty: your account&apos;s name, %1):</source>
        <translation>يسجل سجل الاشتراك والحظر تغييراتك بهذا الاسم (فارغ: اسم حسابك، %1):</translation>
    </message>
    <message>
        <source>The imports and batch edits, each of which can be undone</source>
        <translation>عمليات الاستيراد والتعديلات الجماعية، ويمكن التراجع عن كل منها</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>البحث عن ال&amp;مكررات…</translation>
    </message>
    <message>
        <source>Contacts that are likely one person: the same email, name or number</source>
        <translation>جهات اتصال يُرجَّح أنها لشخص واحد: البريد أو الاسم أو الرقم نفسه</translation>
    </message>
</context>
<context>
    <name>MassDeletionDialog</name>
    <message>
        <source>Delete Contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message>
        <source>You are about to delete %1 contacts. You can undo it with Edit &gt; Undo while the app stays open.

Type %1 to confirm:</source>
        <translation>أنت على وشك حذف %1 جهة اتصال. يمكنك التراجع عن ذلك من تحرير &gt; تراجع ما دام التطبيق مفتوحًا.

اكتب %1 للتأكيد:</translation>
    </message>
    <message>
        <source>Number of contacts to delete</source>
        <translation>عدد جهات الاتصال المراد حذفها</translation>
    </message>
    <message>
        <source>Delete %1 Contacts</source>
        <translation>حذف %1 جهة اتصال</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>موافق على الاشتراك</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>دمج المكررات</translation>
    </message>
    <message>
        <source>Merged contact</source>
        <translation>جهة الاتصال المدمجة</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>خذ من</translation>
    </message>
    <message>
        <source>Keep this contact: its id and phone number stay, the others are deleted.</source>
        <translation>الاحتفاظ بجهة الاتصال هذه: يبقى معرّفها ورقمها، وتُحذف البقية.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Take %1 from</source>
        <translation>خذ %1 من</translation>
    </message>
    <message>
        <source>The contact kept stays with its id and phone number; the others are deleted. History can undo the merge.</source>
        <translation>تبقى جهة الاتصال المحتفَظ بها بمعرّفها ورقمها، وتُحذف البقية. يمكن التراجع عن الدمج من السجل.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>These contacts cannot be merged as chosen: %1</source>
        <translation>لا يمكن دمج جهات الاتصال هذه كما اخترت: %1</translation>
    </message>
    <message>
        <source>Which contact&apos;s %1 the merged contact gets; Automatic follows the merge&apos;s rules</source>
        <translation>من أي جهة اتصال يأخذ جهة الاتصال المدمجة %1؛ «تلقائي» يتبع قواعد الدمج</translation>
    </message>
    <message>
        <source>Fields of the contacts</source>
        <translation>حقول جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>Imported %1</source>
        <extracomment>%1 is the imported file&apos;s name.</extracomment>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>إضافة الوسم «%1»</translation>
    </message>
    <message>
        <source>Removed tag “%1”</source>
        <translation>إزالة الوسم «%1»</translation>
    </message>
    <message>
        <source>Labelled “%1”</source>
        <translation>إضافة التصنيف «%1»</translation>
    </message>
    <message>
        <source>Removed label “%1”</source>
        <translation>إزالة التصنيف «%1»</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Undone by #%1</source>
        <translation>تم التراجع عنها بـ #%1</translation>
    </message>
    <message>
        <source>Undo of #%1</source>
        <translation>تراجع عن #%1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>تغيّرت بعدها</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>حُذفت بعدها</translation>
    </message>
    <message>
        <source>back already</source>
        <translation>عادت من قبل</translation>
    </message>
    <message>
        <source>its phone number is another contact&apos;s now</source>
        <translation>رقمها أصبح لجهة اتصال أخرى</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>دمج المكررات</translation>
    </message>
    <message>
        <source>Synced with %1</source>
        <extracomment>%1 is the server&apos;s host name (and port).</extracomment>
        <translation>مزامنة مع %1</translation>
    </message>
    <message>
        <source>Reverted a sync with %1</source>
        <extracomment>The undo of a sync run; %1 is the server&apos;s host name (and port).</extracomment>
        <translation>تراجع عن مزامنة مع %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A contact the undo left as it was: %1 is its name, %2 its phone number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ParamsTableEditor</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>إزالة حقل</translation>
    </message>
    <message>
        <source>One row per custom field: its name and its value, edited in place</source>
        <translation>صف لكل حقل مخصص: اسمه وقيمته، يُحرَّران في مكانهما</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Shows the contacts whose name, phone or email contain the text; Escape clears it</source>
        <translation>يعرض جهات الاتصال التي يحتوي اسمها أو هاتفها أو بريدها على النص؛ مفتاح الهروب يمسحه</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>ح‍&amp;ذف</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>إضافة &amp;وسم…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>إ&amp;زالة وسم…</translation>
    </message>
    <message>
        <source>Add &amp;Label…</source>
        <translation>إضافة تصني‍&amp;ف…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label…</source>
        <translation>&amp;إزالة تصنيف…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>ح‍&amp;ظ‍ر</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>إل‍&amp;غ‍اء الحظر</translation>
    </message>
    <message>
        <source>Opt &amp;In</source>
        <translation>&amp;اشتراك</translation>
    </message>
    <message>
        <source>Opt &amp;Out</source>
        <translation>إلغاء الاشت‍&amp;راك</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>هل تريد حذف جهة الاتصال المحددة؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف جهة الاتصال المحددة؟</numerusform>
            <numerusform>هل تريد حذف جهتي الاتصال المحددتين؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهات اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 contact…</source>
        <translation>جارٍ حذف جهة اتصال واحدة…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contacts…</source>
        <translation>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ حذف جهة اتصال واحدة…</numerusform>
            <numerusform>جارٍ حذف جهتي اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهات اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
            <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted 1 contact</source>
        <translation>تم حذف جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts</source>
        <translation>
            <numerusform>لم يتم حذف أي جهة اتصال</numerusform>
            <numerusform>تم حذف جهة اتصال واحدة</numerusform>
            <numerusform>تم حذف جهتي اتصال</numerusform>
            <numerusform>تم حذف %Ln جهات اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>لا يوجد ما يلزم تغييره</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>الوسم المراد إضافته إلى جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>الوسم المراد إزالته من جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>إضافة تصنيف</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>إزالة تصنيف</translation>
    </message>
    <message>
        <source>Label to add to the selected contacts:</source>
        <translation>التصنيف المراد إضافته إلى جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Label to remove from the selected contacts:</source>
        <translation>التصنيف المراد إزالته من جهات الاتصال المحددة:</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>يمكنك التراجع عن ذلك من تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts? Type the number to confirm.</source>
        <translation>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟ اكتب العدد للتأكيد.</numerusform>
            <numerusform>هل تريد حذف جهة الاتصال المحددة؟ اكتب العدد للتأكيد.</numerusform>
            <numerusform>هل تريد حذف جهتي الاتصال المحددتين؟ اكتب العدد للتأكيد.</numerusform>
            <numerusform>هل تريد حذف %Ln جهات اتصال محددة؟ اكتب العدد للتأكيد.</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟ اكتب العدد للتأكيد.</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال محددة؟ اكتب العدد للتأكيد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>The server URL is empty</source>
        <translation>عنوان الخادم فارغ</translation>
    </message>
    <message>
        <source>The server URL is not a valid URL: %1</source>
        <translation>عنوان الخادم ليس عنوان URL صالحًا: %1</translation>
    </message>
    <message>
        <source>The server URL must start with http:// or https://</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ http:// أو https://</translation>
    </message>
    <message>
        <source>The server URL has no host name</source>
        <translation>عنوان الخادم لا يتضمن اسم مضيف</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password</source>
        <translation>يجب ألا يتضمن عنوان الخادم اسم مستخدم أو كلمة مرور</translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#)</source>
        <translation>يجب ألا يتضمن عنوان الخادم استعلامًا (?) أو مقطعًا (#)</translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message>
        <source>Block 1 contact</source>
        <translation>حظر جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln contacts</source>
        <translation>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
            <numerusform>حظر جهة اتصال واحدة</numerusform>
            <numerusform>حظر جهتي اتصال</numerusform>
            <numerusform>حظر %Ln جهات اتصال</numerusform>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
            <numerusform>حظر %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock 1 contact</source>
        <translation>إلغاء حظر جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln contacts</source>
        <translation>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء حظر جهة اتصال واحدة</numerusform>
            <numerusform>إلغاء حظر جهتي اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهات اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء حظر %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt in 1 contact</source>
        <translation>تسجيل اشتراك جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Opt in %Ln contacts</source>
        <translation>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>تسجيل اشتراك جهة اتصال واحدة</numerusform>
            <numerusform>تسجيل اشتراك جهتي اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهات اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>تسجيل اشتراك %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt out 1 contact</source>
        <translation>إلغاء اشتراك جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %Ln contacts</source>
        <translation>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء اشتراك جهة اتصال واحدة</numerusform>
            <numerusform>إلغاء اشتراك جهتي اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهات اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
            <numerusform>إلغاء اشتراك %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
            <numerusform>جهة اتصال واحدة محددة</numerusform>
            <numerusform>جهتا اتصال محددتان</numerusform>
            <numerusform>%Ln جهات اتصال محددة</numerusform>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
            <numerusform>%Ln جهة اتصال محددة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>لا توجد جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>Sync waits %Ln s: %1</source>
        <translation>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
            <numerusform>المزامنة تنتظر %Ln ث: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Send local changes to the server and bring its changes here</source>
        <translation>إرسال التغييرات المحلية إلى الخادم وجلب تغييراته إلى هنا</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>Review the changes sync could not merge</source>
        <translation>مراجعة التغييرات التي تعذّر على المزامنة دمجها</translation>
    </message>
    <message>
        <source>Sync &amp;Settings…</source>
        <translation>إ&amp;عدادات المزامنة…</translation>
    </message>
    <message>
        <source>The server to sync with, and when</source>
        <translation>الخادم الذي تتم المزامنة معه، ومتى</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No token for this server: enter it in Sync ▸ Sync Settings…</source>
        <translation>لا يوجد رمز لهذا الخادم: أدخله في مزامنة ◂ إعدادات المزامنة…</translation>
    </message>
    <message>
        <source>Sync was cancelled</source>
        <translation>أُلغيت المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server has another contact with this phone</source>
        <translation>لدى الخادم جهة اتصال أخرى برقم الهاتف هذا</translation>
    </message>
    <message>
        <source>list contacts</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>عرض قائمة جهات الاتصال</translation>
    </message>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation>تعذّر فتح قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>Sync was stopped</source>
        <translation>تم إيقاف المزامنة</translation>
    </message>
    <message>
        <source>create contacts</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>إنشاء جهات الاتصال</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>لم يتم إنشاؤها</translation>
    </message>
    <message>
        <source>The server has this phone but did not list the contact</source>
        <translation>لدى الخادم رقم الهاتف هذا لكنه لم يُدرج جهة الاتصال في القائمة</translation>
    </message>
    <message>
        <source>update a contact</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>تحديث جهة اتصال</translation>
    </message>
    <message>
        <source>The server cannot delete contacts: delete it there too</source>
        <translation>لا يمكن للخادم حذف جهات الاتصال: احذفها هناك أيضًا</translation>
    </message>
    <message>
        <source>delete a contact</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>حذف جهة اتصال</translation>
    </message>
    <message>
        <source>The local database could not be written: %1</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>The server refused to %1 (%2 %3)</source>
        <extracomment>%1 is what sync asked for (such as &quot;list contacts&quot;), %2 the HTTP status and %3 the server&apos;s message (in English).</extracomment>
        <translation>رفض الخادم %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The number of deletions to allow must be 1 or more, not %1</source>
        <translation>يجب أن يكون عدد عمليات الحذف المسموح بها 1 أو أكثر، لا %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Not connected: the test was cancelled</source>
        <translation>غير متصل: أُلغي الاختبار</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>غير متصل: %1</translation>
    </message>
    <message>
        <source>Not connected: the server answered HTTP %1: %2</source>
        <translation>غير متصل: أجاب الخادم بـ HTTP %1: %2</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s answer has no contact count</source>
        <translation>غير متصل: جواب الخادم لا يتضمن عدد جهات الاتصال</translation>
    </message>
    <message>
        <source>Connected: 1 contact on the server</source>
        <translation>متصل: جهة اتصال واحدة على الخادم</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln contacts on the server</source>
        <translation>
            <numerusform>متصل: %Ln جهة اتصال على الخادم</numerusform>
            <numerusform>متصل: جهة اتصال واحدة على الخادم</numerusform>
            <numerusform>متصل: جهتا اتصال على الخادم</numerusform>
            <numerusform>متصل: %Ln جهات اتصال على الخادم</numerusform>
            <numerusform>متصل: %Ln جهة اتصال على الخادم</numerusform>
            <numerusform>متصل: %Ln جهة اتصال على الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>مزامنة &amp;تلقائية</translation>
    </message>
    <message>
        <source>Also shortly after each &amp;edit</source>
        <translation>وأيضًا بعد كل &amp;تعديل بقليل</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation>إعدادات المزامنة</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>يُحفظ في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>The most requests a minute this app sends; keep it at or under the server&apos;s limit</source>
        <translation>أقصى عدد من الطلبات في الدقيقة يرسلها هذا التطبيق؛ اجعله عند حد الخادم أو دونه</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>معرّف ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>ال&amp;طلبات في الدقيقة:</translation>
    </message>
    <message>
        <source>When to Sync</source>
        <translation>متى تتم المزامنة</translation>
    </message>
    <message>
        <source>Sync Now (F5) always works; automatic sync is off until you turn it on.</source>
        <translation>«مزامنة الآن» (F5) تعمل دائمًا؛ المزامنة التلقائية متوقفة حتى تشغّلها.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;كل:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>جارٍ قراءة سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Enter the server URL</source>
        <translation>أدخل عنوان الخادم</translation>
    </message>
    <message>
        <source>Enter the organization ID</source>
        <translation>أدخل معرّف المؤسسة</translation>
    </message>
    <message>
        <source>Enter the server URL and the organization ID</source>
        <translation>أدخل عنوان الخادم ومعرّف المؤسسة</translation>
    </message>
    <message>
        <source>Enter the token</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>The organization whose contacts this database syncs, as the server names it</source>
        <translation>المؤسسة التي تزامن قاعدة البيانات هذه جهات اتصالها، كما يسميها الخادم</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>الدقائق بين المزامنات التلقائية</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation>جارٍ المزامنة: الاتصال…</translation>
    </message>
    <message>
        <source>Syncing: receiving %1 of %2</source>
        <translation>جارٍ المزامنة: استلام %1 من %2</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation>جارٍ المزامنة: الاستلام…</translation>
    </message>
    <message>
        <source>Syncing: sending %1 of %2</source>
        <translation>جارٍ المزامنة: إرسال %1 من %2</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation>جارٍ المزامنة: الإرسال…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>غير متصل — جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>Offline — not synced</source>
        <translation>غير متصل — لم تتم المزامنة</translation>
    </message>
    <message>
        <source>Sync failed: Unauthorized</source>
        <translation>فشلت المزامنة: غير مصرّح</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>توقفت المزامنة</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Last sync: %1
%2</source>
        <translation>آخر مزامنة: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln معلّقة</numerusform>
            <numerusform>%Ln معلّقة</numerusform>
            <numerusform>%Ln معلّقة</numerusform>
            <numerusform>%Ln معلّقة</numerusform>
            <numerusform>%Ln معلّقة</numerusform>
            <numerusform>%Ln معلّقة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>خطأ واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>تعارض واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message>
        <source>Add tag “%1” to 1 contact</source>
        <translation>إضافة الوسم «%1» إلى جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %Ln contacts</source>
        <translation>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى جهة اتصال واحدة</numerusform>
            <numerusform>إضافة الوسم «%1» إلى جهتي اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهات اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم «%1» إلى %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>إزالة الوسم «%1» من جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln contacts</source>
        <translation>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من جهة اتصال واحدة</numerusform>
            <numerusform>إزالة الوسم «%1» من جهتي اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهات اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة الوسم «%1» من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Add label “%1” to 1 contact</source>
        <translation>إضافة التصنيف «%1» إلى جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Add label “%1” to %Ln contacts</source>
        <translation>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى جهة اتصال واحدة</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى جهتي اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهات اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة التصنيف «%1» إلى %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1” from 1 contact</source>
        <translation>إزالة التصنيف «%1» من جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove label “%1” from %Ln contacts</source>
        <translation>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من جهة اتصال واحدة</numerusform>
            <numerusform>إزالة التصنيف «%1» من جهتي اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهات اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة التصنيف «%1» من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>%1: 1 contact</source>
        <translation>%1: جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contacts</source>
        <translation>
            <numerusform>%1: لا توجد جهات اتصال</numerusform>
            <numerusform>%1: جهة اتصال واحدة</numerusform>
            <numerusform>%1: جهتا اتصال</numerusform>
            <numerusform>%1: %Ln جهات اتصال</numerusform>
            <numerusform>%1: %Ln جهة اتصال</numerusform>
            <numerusform>%1: %Ln جهة اتصال</numerusform>
        </translation>
    </message>
</context>
</TS>
