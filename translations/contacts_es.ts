<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No conflicts: every change here and on the server could be merged.</source>
        <translation>No hay conflictos: todos los cambios de aquí y del servidor se pudieron combinar.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar los &amp;míos</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar los del &amp;servidor</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>These fields were changed here and on the server since the last sync. The server&apos;s value is in place; &quot;Keep Mine&quot; sends yours on the next sync.</source>
        <translation>Estos campos cambiaron aquí y en el servidor desde la última sincronización. Se aplicó el valor del servidor; «Conservar los míos» envía el suyo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Apply your values again; the next sync sends them</source>
        <translation>Aplica de nuevo sus valores; la próxima sincronización los envía</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values and close the conflicts</source>
        <translation>Conserva los valores del servidor y cierra los conflictos</translation>
    </message>
    <message>
        <source>Deleted on server</source>
        <translation>Eliminado en el servidor</translation>
    </message>
    <message>
        <source>Edited here: keep to restore it</source>
        <translation>Editado aquí: consérvelo para restaurarlo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Eliminado aquí</translation>
    </message>
    <message>
        <source>Edited on the server: keep to restore it</source>
        <translation>Editado en el servidor: consérvelo para restaurarlo</translation>
    </message>
    <message>
        <source>Some conflicts stay open: %1</source>
        <translation>Algunos conflictos siguen abiertos: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Each field changed on both sides: the contact, the field, your value and the server&apos;s; Keep Mine or Keep Theirs applies to the selected rows</source>
        <translation>Cada campo cambiado en ambos lados: el contacto, el campo, su valor y el del servidor; Conservar el mío o Conservar el suyo se aplica a las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
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
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Custom &amp;fields</source>
        <translation>Ca&amp;mpos personalizados</translation>
    </message>
    <message>
        <source>A contact&apos;s phone number cannot change</source>
        <translation>El número de teléfono de un contacto no se puede cambiar</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Double-click a contact to edit it, or create a new one.</source>
        <translation>Haga doble clic en un contacto para editarlo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Enter the phone number in international format.</source>
        <translation>Escriba el número de teléfono en formato internacional.</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · source: %3</source>
        <translation>Creado: %1 · actualizado: %2 · origen: %3</translation>
    </message>
    <message>
        <source>Each field name may appear once: %1</source>
        <translation>Cada nombre de campo puede aparecer solo una vez: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the new contact?</source>
        <translation>¿Desea guardar el nuevo contacto?</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>¿Desea guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Two-letter country code; when empty, it comes from the phone number</source>
        <translation>Código de país de dos letras; si se deja vacío, se obtiene del número de teléfono</translation>
    </message>
    <message>
        <source>Opt-in and block history</source>
        <translation>Historial de suscripción y bloqueo</translation>
    </message>
    <message>
        <source>The opt-in history could not be read.</source>
        <translation>No se pudo leer el historial de suscripción.</translation>
    </message>
    <message>
        <source>Why? e.g. asked on the phone (kept in the history)</source>
        <translation>¿Por qué? p. ej. lo pidió por teléfono (se guarda en el historial)</translation>
    </message>
    <message>
        <source>Reason for the opt-in or block change</source>
        <translation>Motivo del cambio de suscripción o bloqueo</translation>
    </message>
    <message>
        <source>The contact&apos;s name, as the agents know them</source>
        <translation>El nombre del contacto, como lo conocen los agentes</translation>
    </message>
    <message>
        <source>The WhatsApp number in international form, with the country code</source>
        <translation>El número de WhatsApp en formato internacional, con el código de país</translation>
    </message>
    <message>
        <source>The contact&apos;s email address, optional</source>
        <translation>La dirección de correo del contacto, opcional</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Marcadores, separados por comas</translation>
    </message>
    <message>
        <source>Kept in the opt-in and block history with the change</source>
        <translation>Se guarda con el cambio en el historial de consentimiento y bloqueo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Campos del contacto</translation>
    </message>
</context>
<context>
    <name>ContactFieldError</name>
    <message>
        <source>Phone number (userNumber) is required</source>
        <translation>El número de teléfono (userNumber) es obligatorio</translation>
    </message>
    <message>
        <source>Invalid phone number (userNumber): expected E.164, e.g. +971501234567</source>
        <translation>Número de teléfono (userNumber) no válido: se esperaba el formato E.164, p. ej., +971501234567</translation>
    </message>
    <message>
        <source>Contact with this phone number already exists</source>
        <translation>Ya existe un contacto con este número de teléfono</translation>
    </message>
    <message>
        <source>Invalid countryCode</source>
        <translation>Código de país (countryCode) no válido</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>Correo electrónico no válido</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Nombre no válido</translation>
    </message>
    <message>
        <source>Invalid tags</source>
        <translation>Categorías no válidas</translation>
    </message>
    <message>
        <source>Invalid labels</source>
        <translation>Etiquetas no válidas</translation>
    </message>
    <message>
        <source>Invalid params</source>
        <translation>Campos personalizados (params) no válidos</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>No se encontró el contacto</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Blocked: messages from this contact are ignored</source>
        <translation>Bloqueado: se ignoran los mensajes de este contacto</translation>
    </message>
    <message>
        <source>Opted out: do not send marketing messages</source>
        <translation>No suscrito: no envíe mensajes de marketing</translation>
    </message>
    <message>
        <source>Opted in to messages</source>
        <translation>Suscrito para recibir mensajes</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Sin mensajes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>Not synced yet: changes wait for the next sync</source>
        <translation>Aún sin sincronizar: los cambios esperan a la próxima sincronización</translation>
    </message>
    <message>
        <source>Sync conflict: changed here and on the server (Sync ▸ Conflicts…)</source>
        <translation>Conflicto de sincronización: cambiado aquí y en el servidor (Sincronizar ▸ Conflictos…)</translation>
    </message>
    <message>
        <source>Sync failed for this contact</source>
        <translation>La sincronización de este contacto falló</translation>
    </message>
    <message>
        <source>Sync failed for this contact: %1</source>
        <translation>La sincronización de este contacto falló: %1</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The contacts that match the search and filters; Enter edits the current one, the menu key lists what can be done</source>
        <translation>Los contactos que coinciden con la búsqueda y los filtros; Intro edita el actual, la tecla de menú muestra lo que se puede hacer</translation>
    </message>
</context>
<context>
    <name>ContactWriter</name>
    <message numerus="yes">
        <source>Merging %Ln contacts…</source>
        <translation>
            <numerusform>Fusionando %Ln contacto…</numerusform>
            <numerusform>Fusionando %Ln contactos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsClient</name>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la respuesta se cortó después de %1 de %2 bytes</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Se canceló la petición</translation>
    </message>
    <message>
        <source>Keeping within %1 requests per minute</source>
        <translation>Para no superar %1 peticiones por minuto</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the organization id or the token (HTTP 401)</source>
        <translation>%1 rechazó el ID de la organización o el token (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 still limits the request rate (HTTP 429)</source>
        <translation>%1 sigue limitando la frecuencia de peticiones (HTTP 429)</translation>
    </message>
    <message>
        <source>The server asked to wait (rate limit)</source>
        <translation>El servidor pidió esperar (límite de peticiones)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2)</source>
        <translation>%1 falló (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 redirects (HTTP %2) to %3: use that address as the server URL</source>
        <translation>%1 redirige (HTTP %2) a %3: use esa dirección como URL del servidor</translation>
    </message>
    <message>
        <source>The answer of %1 (HTTP %2) is not the Contacts API&apos;s: is %3 the right server URL?</source>
        <translation>La respuesta de %1 (HTTP %2) no es de la API de Contactos: ¿es %3 la URL correcta del servidor?</translation>
    </message>
    <message>
        <source>%1 (attempts: %2)</source>
        <translation>%1 (intentos: %2)</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Reintentando: %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contact created</source>
        <translation>Contacto creado</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a contact by hand</source>
        <translation>Agregar un contacto manualmente</translation>
    </message>
    <message>
        <source>&amp;Edit Contact</source>
        <translation>&amp;Editar contacto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Borrar búsqueda y &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Reading the selection…</source>
        <translation>Leyendo la selección…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>New contact %1</source>
        <translation>Nuevo contacto %1</translation>
    </message>
</context>
<context>
    <name>CurrentDatabase</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>Open or create a contacts database</source>
        <translation>Abrir o crear una base de datos de contactos</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>No se puede abrir la base de datos %1.

%2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Contacts databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de contactos (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Browse and edit the contacts of a WhatsApp Business account.</source>
        <translation>Examine y edite los contactos de una cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Open the contacts database at &lt;path&gt; (created if missing) instead of the default one.</source>
        <translation>Abre la base de datos de contactos en &lt;path&gt; (se crea si no existe) en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; instead of the system&apos;s: %1.</source>
        <translation>Usa &lt;language&gt; en lugar del idioma del sistema: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; available: %2.</source>
        <translation>Idioma desconocido &apos;%1&apos;; disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mismo nombre y país</translation>
    </message>
    <message>
        <source>same number under another prefix or country code</source>
        <translation>mismo número con otro prefijo o código de país</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>Grupos de duplicados</translation>
    </message>
    <message>
        <source>Each group lists contacts that are likely one person and why they matched.</source>
        <translation>Cada grupo lista contactos que probablemente son una misma persona y por qué coinciden.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge the selected group into one contact (Enter)</source>
        <translation>Fusionar el grupo seleccionado en un contacto (Intro)</translation>
    </message>
    <message>
        <source>&amp;Find Again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>No se pudieron buscar duplicados: %1</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts: %1</source>
        <translation>
            <numerusform>%Ln contacto: %1</numerusform>
            <numerusform>%Ln contactos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates: %1; the first %2 are listed.</source>
        <translation>Grupos de posibles duplicados: %1; se muestran los primeros %2.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates: %1. Merge keeps one contact and deletes the others; History can undo it.</source>
        <translation>Grupos de posibles duplicados: %1. Fusionar conserva un contacto y elimina los demás; el Historial puede deshacerlo.</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>No se fusionó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into %1. History can undo it.</source>
        <translation>
            <numerusform>Se fusionó %Ln contacto en %1. El Historial puede deshacerlo.</numerusform>
            <numerusform>Se fusionaron %Ln contactos en %1. El Historial puede deshacerlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No contacts yet</source>
        <translation>Todavía no hay contactos</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add your first contact by hand, or import a CSV file exported from WhatsApp Business or a spreadsheet, or a phone’s vCard file.</source>
        <translation>Agregue su primer contacto manualmente o importe un archivo CSV exportado de WhatsApp Business o de una hoja de cálculo, o el archivo vCard de un teléfono.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Todos los contactos</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Contactos que se exportarán</translation>
    </message>
    <message>
        <source>Add a byte order &amp;mark (for Excel)</source>
        <translation>Agregar una &amp;marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <source>Excel needs it to read names in Arabic and other scripts correctly; other programs ignore it.</source>
        <translation>Excel la necesita para leer correctamente los nombres en árabe y en otros sistemas de escritura; los demás programas la ignoran.</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <comment>the exported file&apos;s name</comment>
        <translation>contactos-%1.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>The current &amp;search and filter (none set)</source>
        <translation>La &amp;búsqueda y el filtro actuales (no hay ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All contacts (%Ln)</source>
        <translation>
            <numerusform>&amp;Todos los contactos (%Ln)</numerusform>
            <numerusform>&amp;Todos los contactos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current &amp;search and filter</source>
        <translation>La &amp;búsqueda y el filtro actuales</translation>
    </message>
    <message>
        <source>The current &amp;search and filter (1 contact)</source>
        <translation>La &amp;búsqueda y el filtro actuales (1 contacto)</translation>
    </message>
    <message numerus="yes">
        <source>The current &amp;search and filter (%Ln contacts)</source>
        <translation>
            <numerusform>La &amp;búsqueda y el filtro actuales (%Ln contacto)</numerusform>
            <numerusform>La &amp;búsqueda y el filtro actuales (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The s&amp;election (nothing selected)</source>
        <translation>La &amp;selección (no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>The s&amp;election (1 contact)</source>
        <translation>La &amp;selección (1 contacto)</translation>
    </message>
    <message numerus="yes">
        <source>The s&amp;election (%Ln contacts)</source>
        <translation>
            <numerusform>La &amp;selección (%Ln contacto)</numerusform>
            <numerusform>La &amp;selección (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Se detuvo la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>Se exportó 1 contacto a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln contacto a %1.</numerusform>
            <numerusform>Se exportaron %Ln contactos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Write their opt-in and block &amp;history instead (for an audit)</source>
        <translation>Escribir su &amp;historial de suscripción y bloqueo en su lugar (para una auditoría)</translation>
    </message>
    <message>
        <source>A row per change of opted in or blocked: when, by whom and how (the editor, a batch action, the import of which file, the API, sync).</source>
        <translation>Una fila por cada cambio de suscrito o bloqueado: cuándo, quién y cómo (el editor, una acción en lote, la importación de qué archivo, la API, la sincronización).</translation>
    </message>
    <message>
        <source>Exported 1 change of the history to %1.</source>
        <translation>Se exportó 1 cambio del historial a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln changes of the history to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln cambio del historial a %1.</numerusform>
            <numerusform>Se exportaron %Ln cambios del historial a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the CSV file is written; Browse chooses a place</source>
        <translation>Dónde se escribe el archivo CSV; Examinar elige un lugar</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>No suscrito</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>No bloqueado</translation>
    </message>
    <message>
        <source>Opt-&amp;in</source>
        <translation>&amp;Suscripción</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>&amp;Bloqueo</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Shows only the contacts with the selected tags</source>
        <translation>Muestra solo los contactos con las etiquetas seleccionadas</translation>
    </message>
    <message>
        <source>Shows only the contacts with the selected labels</source>
        <translation>Muestra solo los contactos con los marcadores seleccionados</translation>
    </message>
    <message>
        <source>Shows only the contacts with this opt-in</source>
        <translation>Muestra solo los contactos con este consentimiento</translation>
    </message>
    <message>
        <source>Shows only blocked, or only unblocked, contacts</source>
        <translation>Muestra solo los contactos bloqueados, o solo los no bloqueados</translation>
    </message>
</context>
<context>
    <name>FlagChangeText</name>
    <message>
        <source>in the editor</source>
        <translation>en el editor</translation>
    </message>
    <message>
        <source>batch action</source>
        <translation>acción en lote</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>importación de %1</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 el %2, %3</translation>
    </message>
    <message>
        <source>%1 on %2 by %3, %4</source>
        <translation>%1 el %2 por %3, %4</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>No opt-in or block change recorded.</source>
        <translation>No hay cambios de suscripción ni de bloqueo registrados.</translation>
    </message>
</context>
<context>
    <name>HeldDeletionsDialog</name>
    <message>
        <source>Sync Held Back Deletions</source>
        <translation>La sincronización retuvo eliminaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln on this computer, which the server no longer has</source>
        <translation>
            <numerusform>%Ln en este equipo, que el servidor ya no tiene</numerusform>
            <numerusform>%Ln en este equipo, que el servidor ya no tiene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the server, which were deleted here</source>
        <translation>
            <numerusform>%Ln en el servidor, que se eliminó aquí</numerusform>
            <numerusform>%Ln en el servidor, que se eliminaron aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync would delete more than the %1 contacts it deletes without asking:</source>
        <extracomment>%1 is the most contacts a sync deletes without asking; a list of what it would delete follows on lines of their own.</extracomment>
        <translation>Esta sincronización eliminaría más de los %1 contactos que elimina sin preguntar:</translation>
    </message>
    <message>
        <source>Everything else was synced. Delete them, or keep them until you have checked?</source>
        <translation>Todo lo demás se sincronizó. ¿Eliminarlos, o conservarlos hasta que los haya revisado?</translation>
    </message>
    <message>
        <source>Some of the contacts to delete</source>
        <translation>Algunos de los contactos que se eliminarían</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Eliminado en</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…y %Ln más.</numerusform>
            <numerusform>…y %Ln más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Contacts</source>
        <translation>
            <numerusform>&amp;Eliminar %Ln contacto</numerusform>
            <numerusform>&amp;Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Them for Now</source>
        <translation>&amp;Conservarlos por ahora</translation>
    </message>
    <message>
        <source>Their name, phone and where they were deleted: here or on the server</source>
        <translation>Su nombre, teléfono y dónde se eliminaron: aquí o en el servidor</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Imports and batch edits, newest first</source>
        <translation>Importaciones y ediciones en lote, las más recientes primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Undo Operation</source>
        <translation>&amp;Deshacer operación</translation>
    </message>
    <message>
        <source>Revert what the selected operation changed; contacts changed since are left as they are and listed</source>
        <translation>Revierte lo que cambió la operación seleccionada; los contactos modificados después se dejan como están y se listan</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progreso de deshacer</translation>
    </message>
    <message>
        <source>Contacts the undo left as they were</source>
        <translation>Contactos que deshacer dejó como estaban</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Deshaciendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>«%1» no se deshizo: %2</translation>
    </message>
    <message numerus="yes">
        <source>Undid “%1”: %Ln contacts reverted.</source>
        <translation>
            <numerusform>Se deshizo «%1»: %Ln contacto revertido.</numerusform>
            <numerusform>Se deshizo «%1»: %Ln contactos revertidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they were: changed or deleted since.</source>
        <translation>
            <numerusform>%Ln quedó como estaba: se modificó o eliminó después.</numerusform>
            <numerusform>%Ln quedaron como estaban: se modificaron o eliminaron después.</numerusform>
        </translation>
    </message>
    <message>
        <source>When, what, by whom, how many contacts and whether it was undone; Enter undoes the selected operation</source>
        <translation>Cuándo, qué, quién, cuántos contactos y si se deshizo; Intro deshace la operación seleccionada</translation>
    </message>
    <message>
        <source>Contacts changed since the operation, which the undo did not revert</source>
        <translation>Contactos cambiados después de la operación, que deshacer no revirtió</translation>
    </message>
</context>
<context>
    <name>ImportCheckPanel</name>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>New: contacts the import would create. Would update: existing contacts it would add to. Unchanged: existing contacts the row brings nothing new to. Already exist, duplicates in the file and invalid rows would be skipped.</source>
        <translation>Nuevos: contactos que la importación crearía. Se actualizarían: contactos existentes a los que agregaría datos. Sin cambios: contactos existentes a los que la fila no aporta nada nuevo. Las filas que ya existen, las duplicadas en el archivo y las no válidas se omitirían.</translation>
    </message>
    <message>
        <source>Rows the import would skip</source>
        <translation>Filas que la importación omitiría</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>contacts the import would create</comment>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would update</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>%Ln se actualizaría</numerusform>
            <numerusform>%Ln se actualizarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>existing contacts</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already exist</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln ya existe</numerusform>
            <numerusform>%Ln ya existen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 duplicate in the file</source>
        <translation>%1 duplicado en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates in the file</source>
        <translation>
            <numerusform>%Ln duplicado en el archivo</numerusform>
            <numerusform>%Ln duplicados en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln fila no válida</numerusform>
            <numerusform>%Ln filas no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the counts</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>&amp;Stop Check</source>
        <translation>&amp;Detener comprobación</translation>
    </message>
    <message>
        <source>You can import without waiting for the check.</source>
        <translation>Puede importar sin esperar a que termine la comprobación.</translation>
    </message>
    <message>
        <source>Checking… %1 %</source>
        <translation>Comprobando… %1 %</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>The check was stopped before it read a row.</source>
        <translation>La comprobación se detuvo antes de leer ninguna fila.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln rows; the counts are for those.</source>
        <translation>
            <numerusform>Detenida después de %Ln fila; los recuentos son de esa fila.</numerusform>
            <numerusform>Detenida después de %Ln filas; los recuentos son de esas filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file’s one row, checked:</source>
        <translation>La única fila del archivo, comprobada:</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows checked:</source>
        <translation>
            <numerusform>%Ln fila comprobada:</numerusform>
            <numerusform>Las %Ln filas comprobadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows it would s&amp;kip:</source>
        <translation>
            <numerusform>La primera fila que se &amp;omitiría:</numerusform>
            <numerusform>Las primeras %Ln filas que se &amp;omitirían:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows it would s&amp;kip:</source>
        <translation>Filas que se &amp;omitirían:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export contacts to a CSV file</source>
        <translation>Exportar contactos a un archivo CSV</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file</source>
        <translation>Importar contactos desde un archivo CSV o vCard</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>A CSV file exported from Google Contacts, Outlook, WhatsApp Business or a spreadsheet, or a vCard file (.vcf) from a phone or an address book. You can also drop a file on the main window.</source>
        <translation>Un archivo CSV exportado de Google Contacts, Outlook, WhatsApp Business o una hoja de cálculo, o un archivo vCard (.vcf) de un teléfono o una libreta de direcciones. También puede arrastrar un archivo a la ventana principal.</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv, .txt or .vcf file</source>
        <translation>Ruta de un archivo .csv, .tsv, .txt o .vcf</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.vcf *.vcard)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.txt *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Archivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column holds. Your choices are remembered for files with the same columns.</source>
        <translation>Elija qué contiene cada columna. Sus elecciones se recuerdan para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>None (international numbers only)</source>
        <translation>Ninguna (solo números internacionales)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers of this country, unless the row has a country column.</source>
        <translation>Los números sin código de país se leen como números de este país, a menos que la fila tenga una columna de país.</translation>
    </message>
    <message>
        <source>Added to every imported contact, e.g. the name of the file&apos;s campaign.</source>
        <translation>Se agregan a cada contacto importado; por ejemplo, el nombre de la campaña del archivo.</translation>
    </message>
    <message>
        <source>&amp;Update existing contacts instead of skipping them</source>
        <translation>&amp;Actualizar los contactos existentes en lugar de omitirlos</translation>
    </message>
    <message>
        <source>A row whose number is already in your contacts fills in the fields that contact has empty and adds the tags it lacks; nothing the contact has is overwritten. Otherwise the row is skipped as “Contact already exists”.</source>
        <translation>Una fila cuyo número ya está en sus contactos completa los campos vacíos de ese contacto y agrega las categorías que le faltan; no se sobrescribe nada de lo que el contacto ya tiene. De lo contrario, la fila se omite como “El contacto ya existe”.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>&amp;Categorías que se agregarán:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Campos personalizados (JSON)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Campo personalizado “%1”</translation>
    </message>
    <message>
        <source>Don’t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Kind of phone in “%1”</source>
        <translation>Tipo de teléfono de “%1”</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Elija la columna que contiene los números de teléfono.</translation>
    </message>
    <message>
        <source>Choose the Options</source>
        <translation>Elegir las opciones</translation>
    </message>
    <message>
        <source>Each card says what its fields are. Choose how to read numbers without a country code, tags to add, and what to do with contacts you already have.</source>
        <translation>Cada tarjeta indica cuáles son sus campos. Elija cómo leer los números sin código de país, las categorías que se agregarán y qué hacer con los contactos que ya tiene.</translation>
    </message>
    <message>
        <source>These people &amp;agreed to receive WhatsApp messages: opt them in</source>
        <translation>Estas personas &amp;aceptaron recibir mensajes de WhatsApp: suscribirlas</translation>
    </message>
    <message>
        <source>Every contact the import creates is opted in, and its history says it was by this file&apos;s import. Contacts you have already keep their own choice.</source>
        <translation>Cada contacto que crea la importación queda suscrito, y su historial indica que fue por la importación de este archivo. Los contactos que ya tiene conservan su propia elección.</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>Las columnas del archivo</translation>
    </message>
    <message>
        <source>The contact field this column&apos;s values go to</source>
        <translation>El campo del contacto al que van los valores de esta columna</translation>
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
        <translation>Occidental</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Centroeuropeo</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Comprobar las columnas</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be read. If the text looks garbled or the columns run together, choose another encoding or delimiter.</source>
        <translation>Las primeras filas del archivo tal como se leerán. Si el texto aparece con caracteres extraños o las columnas se mezclan, elija otra codificación u otro delimitador.</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Línea del archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 — detectado</translation>
    </message>
    <message>
        <source>%1 ( %2 )</source>
        <translation>%1 ( %2 )</translation>
    </message>
    <message>
        <source>The first row of %1 (%2):</source>
        <translation>La primera fila de %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows of %1 (%2):</source>
        <translation>
            <numerusform>La primera fila de %1 (%2):</numerusform>
            <numerusform>Las primeras %Ln filas de %1 (%2):</numerusform>
        </translation>
    </message>
    <message>
        <source>The first contacts of the file as they will be read. Each card says what its fields are.</source>
        <translation>Los primeros contactos del archivo tal como se leerán. Cada tarjeta indica cuáles son sus campos.</translation>
    </message>
    <message>
        <source>The first card of %1 (%2):</source>
        <translation>La primera tarjeta de %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln cards of %1 (%2):</source>
        <translation>
            <numerusform>La primera tarjeta de %1 (%2):</numerusform>
            <numerusform>Las primeras %Ln tarjetas de %1 (%2):</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row holds a contact, not column names: the column is named %1.</source>
        <translation>La primera fila contiene un contacto, no nombres de columnas: la columna se llama %1.</translation>
    </message>
    <message>
        <source>The first row holds a contact, not column names: the columns are named %1 to %2.</source>
        <translation>La primera fila contiene un contacto, no nombres de columnas: las columnas se llaman de %1 a %2.</translation>
    </message>
    <message>
        <source>“%1” holds phone numbers, so it is imported as the phone.</source>
        <translation>“%1” contiene números de teléfono, así que se importa como el teléfono.</translation>
    </message>
    <message>
        <source>“%1” holds email addresses, so it is imported as the email.</source>
        <translation>“%1” contiene direcciones de correo electrónico, así que se importa como el correo electrónico.</translation>
    </message>
    <message>
        <source>Check the Contacts</source>
        <translation>Comprobar los contactos</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded; another one reads the file again</source>
        <translation>Cómo está codificado el texto del archivo; otra codificación vuelve a leerlo</translation>
    </message>
    <message>
        <source>What separates the values of a row; another one reads the file again</source>
        <translation>Qué separa los valores de una fila; otro separador vuelve a leer el archivo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows of the file, as they will be read</source>
        <translation>Las primeras filas del archivo, tal como se leerán</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>You can keep working in the main window meanwhile. Stopping keeps the rows imported so far.</source>
        <translation>Mientras tanto, puede seguir trabajando en la ventana principal. Si detiene la importación, se conservan las filas importadas hasta ese momento.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <source>Stops after the rows being written: they stay imported.</source>
        <translation>Se detiene después de las filas que se están escribiendo, que quedan importadas.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>About 1 second</source>
        <translation>Aproximadamente 1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln seconds</source>
        <translation>
            <numerusform>Aproximadamente %Ln segundo</numerusform>
            <numerusform>Aproximadamente %Ln segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>About 1 minute</source>
        <translation>Aproximadamente 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minutes</source>
        <translation>
            <numerusform>Aproximadamente %Ln minuto</numerusform>
            <numerusform>Aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>About 1 hour</source>
        <translation>Aproximadamente 1 hora</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hours</source>
        <translation>
            <numerusform>Aproximadamente %Ln hora</numerusform>
            <numerusform>Aproximadamente %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of about %Ln</source>
        <comment>rows imported of the file&apos;s</comment>
        <translation>
            <numerusform>%L1 de aproximadamente %Ln</numerusform>
            <numerusform>%L1 de aproximadamente %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows per second</source>
        <translation>
            <numerusform>%Ln fila por segundo</numerusform>
            <numerusform>%Ln filas por segundo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>What was imported, and the rows that were not.</source>
        <translation>Lo que se importó y las filas que no se importaron.</translation>
    </message>
    <message>
        <source>&amp;Save Error Rows…</source>
        <translation>&amp;Guardar filas con errores…</translation>
    </message>
    <message>
        <source>Saves the skipped rows with their columns, the problem and the line, to fix them and import that file again.</source>
        <translation>Guarda las filas omitidas con sus columnas, el problema y la línea, para que pueda corregirlas e importar ese archivo de nuevo.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>S&amp;kipped rows:</source>
        <translation>&amp;Filas omitidas:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importados:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizados:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>La importación no se ejecutó.</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>A database error stopped the import after line %1: %2. The rows before it are in; the rest of the file was not imported.</source>
        <translation>Un error de la base de datos detuvo la importación después de la línea %1: %2. Las filas anteriores se importaron; el resto del archivo no se importó.</translation>
    </message>
    <message>
        <source>The import was stopped after line %1: 1 row was read and is in. The rest of the file was not imported.</source>
        <translation>La importación se detuvo después de la línea %1: se leyó e importó 1 fila. El resto del archivo no se importó.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after line %1: %Ln rows were read and are in. The rest of the file was not imported.</source>
        <translation>
            <numerusform>La importación se detuvo después de la línea %1: se leyó e importó %Ln fila. El resto del archivo no se importó.</numerusform>
            <numerusform>La importación se detuvo después de la línea %1: se leyeron e importaron %Ln filas. El resto del archivo no se importó.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s one row was read.</source>
        <translation>Se leyó la única fila del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file were read.</source>
        <translation>
            <numerusform>Se leyó la única fila del archivo.</numerusform>
            <numerusform>Se leyeron las %Ln filas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln skipped rows are listed; the saved file has all of them.</source>
        <translation>
            <numerusform>Se muestra la primera fila omitida; el archivo guardado las contiene todas.</numerusform>
            <numerusform>Se muestran las primeras %Ln filas omitidas; el archivo guardado las contiene todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them to fix them in a spreadsheet and import that file again.</source>
        <translation>Guárdelas para corregirlas en una hoja de cálculo e importar ese archivo de nuevo.</translation>
    </message>
    <message>
        <source>%1 - errors.csv</source>
        <comment>the file of skipped rows</comment>
        <translation>%1 - errores.csv</translation>
    </message>
    <message>
        <source>Saved 1 row to %1.</source>
        <translation>Se guardó 1 fila en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rows to %1.</source>
        <translation>
            <numerusform>Se guardó %Ln fila en %1.</numerusform>
            <numerusform>Se guardaron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Ya actualizados:</translation>
    </message>
    <message>
        <source>Rows that matched an existing contact and brought nothing it did not have</source>
        <translation>Filas que coincidieron con un contacto existente y no aportaron nada que este no tuviera</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>The rows that were not imported: their line, phone and problem</source>
        <translation>Las filas que no se importaron: su línea, teléfono y problema</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Save Error Rows</source>
        <translation>Guardar filas con errores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>An import is running. Stop it and close? The rows imported so far stay.</source>
        <translation>Hay una importación en curso. ¿Desea detenerla y cerrar? Las filas importadas hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Detener importación</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>no keychain service is running (such as GNOME Keyring or KWallet)</source>
        <translation>no hay ningún servicio de llavero en marcha (como GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>no keychain service answered (is GNOME Keyring or KWallet running?)</source>
        <translation>ningún servicio de llavero respondió (¿está en marcha GNOME Keyring o KWallet?)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; Open Database…</source>
        <translation>No hay ninguna base de datos abierta. Elija Archivo &gt; Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;About Contacts</source>
        <translation>&amp;Acerca de Contactos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>%1 — Contacts</source>
        <translation>%1 — Contactos</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Contacts can be sorted by name, creation, last message or update time</source>
        <translation>Los contactos se pueden ordenar por nombre, fecha de creación, último mensaje o fecha de actualización</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>About Contacts</source>
        <translation>Acerca de Contactos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Contacts %1&lt;/h3&gt;&lt;p&gt;Search, tag and clean up the contacts of a WhatsApp Business account, with a million contacts as smoothly as with ten.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Contactos %1&lt;/h3&gt;&lt;p&gt;Busque, clasifique y depure los contactos de una cuenta de WhatsApp Business, con un millón de contactos con la misma fluidez que con diez.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>The name the opt-in and block history gives your changes</source>
        <translation>El nombre con el que el historial de suscripción y bloqueo registra sus cambios</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The opt-in and block history records your changes under this name (empty: your account&apos;s name, %1):</source>
        <translation>El historial de suscripción y bloqueo registra sus cambios con este nombre (vacío: el nombre de su cuenta, %1):</translation>
    </message>
    <message>
        <source>The imports and batch edits, each of which can be undone</source>
        <translation>Las importaciones y ediciones en lote, cada una de las cuales se puede deshacer</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Contacts that are likely one person: the same email, name or number</source>
        <translation>Contactos que probablemente son una misma persona: el mismo correo, nombre o número</translation>
    </message>
</context>
<context>
    <name>MassDeletionDialog</name>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>You are about to delete %1 contacts. You can undo it with Edit &gt; Undo while the app stays open.

Type %1 to confirm:</source>
        <translation>Está a punto de eliminar %1 contactos. Puede deshacerlo con Editar &gt; Deshacer mientras la aplicación siga abierta.

Escriba %1 para confirmar:</translation>
    </message>
    <message>
        <source>Number of contacts to delete</source>
        <translation>Número de contactos a eliminar</translation>
    </message>
    <message>
        <source>Delete %1 Contacts</source>
        <translation>Eliminar %1 contactos</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>Merged contact</source>
        <translation>Contacto fusionado</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>Tomar de</translation>
    </message>
    <message>
        <source>Keep this contact: its id and phone number stay, the others are deleted.</source>
        <translation>Conservar este contacto: su id y su número se mantienen; los demás se eliminan.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Take %1 from</source>
        <translation>Tomar %1 de</translation>
    </message>
    <message>
        <source>The contact kept stays with its id and phone number; the others are deleted. History can undo the merge.</source>
        <translation>El contacto conservado mantiene su id y su número; los demás se eliminan. El Historial puede deshacer la fusión.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>These contacts cannot be merged as chosen: %1</source>
        <translation>Estos contactos no se pueden fusionar así: %1</translation>
    </message>
    <message>
        <source>Which contact&apos;s %1 the merged contact gets; Automatic follows the merge&apos;s rules</source>
        <translation>De qué contacto toma %1 el contacto fusionado; Automático sigue las reglas de la fusión</translation>
    </message>
    <message>
        <source>Fields of the contacts</source>
        <translation>Campos de los contactos</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>Imported %1</source>
        <extracomment>%1 is the imported file&apos;s name.</extracomment>
        <translation>Importado %1</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Etiquetado «%1»</translation>
    </message>
    <message>
        <source>Removed tag “%1”</source>
        <translation>Etiqueta «%1» quitada</translation>
    </message>
    <message>
        <source>Labelled “%1”</source>
        <translation>Marcado «%1»</translation>
    </message>
    <message>
        <source>Removed label “%1”</source>
        <translation>Marca «%1» quitada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Desbloqueados</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscritos</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Desuscritos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurados</translation>
    </message>
    <message>
        <source>Undone by #%1</source>
        <translation>Deshecho por #%1</translation>
    </message>
    <message>
        <source>Undo of #%1</source>
        <translation>Deshace #%1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modificado después</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>eliminado después</translation>
    </message>
    <message>
        <source>back already</source>
        <translation>ya restaurado</translation>
    </message>
    <message>
        <source>its phone number is another contact&apos;s now</source>
        <translation>su número es ahora de otro contacto</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Duplicados fusionados</translation>
    </message>
    <message>
        <source>Synced with %1</source>
        <extracomment>%1 is the server&apos;s host name (and port).</extracomment>
        <translation>Sincronizado con %1</translation>
    </message>
    <message>
        <source>Reverted a sync with %1</source>
        <extracomment>The undo of a sync run; %1 is the server&apos;s host name (and port).</extracomment>
        <translation>Revertida una sincronización con %1</translation>
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
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Agregar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>One row per custom field: its name and its value, edited in place</source>
        <translation>Una fila por campo personalizado: su nombre y su valor, editables en su sitio</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>Buscar por nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Shows the contacts whose name, phone or email contain the text; Escape clears it</source>
        <translation>Muestra los contactos cuyo nombre, teléfono o correo contienen el texto; Escape lo borra</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Agregar categoría…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Quitar categoría…</translation>
    </message>
    <message>
        <source>Add &amp;Label…</source>
        <translation>Agregar e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label…</source>
        <translation>Qu&amp;itar etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Opt &amp;In</source>
        <translation>&amp;Suscribir</translation>
    </message>
    <message>
        <source>Opt &amp;Out</source>
        <translation>&amp;Cancelar suscripción</translation>
    </message>
    <message>
        <source>Delete the selected contact?</source>
        <translation>¿Desea eliminar el contacto seleccionado?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts?</source>
        <translation>
            <numerusform>¿Desea eliminar %Ln contacto seleccionado?</numerusform>
            <numerusform>¿Desea eliminar los %Ln contactos seleccionados?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 contact…</source>
        <translation>Eliminando 1 contacto…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contacts…</source>
        <translation>
            <numerusform>Eliminando %Ln contacto…</numerusform>
            <numerusform>Eliminando %Ln contactos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted 1 contact</source>
        <translation>Se eliminó 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contacts</source>
        <translation>
            <numerusform>Se eliminó %Ln contacto</numerusform>
            <numerusform>Se eliminaron %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>No hay nada que cambiar</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Agregar categoría</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar categoría</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Categoría que se agregará a los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Categoría que se quitará de los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Label to add to the selected contacts:</source>
        <translation>Etiqueta que se agregará a los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Label to remove from the selected contacts:</source>
        <translation>Etiqueta que se quitará de los contactos seleccionados:</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Puede deshacer esta acción con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln selected contacts? Type the number to confirm.</source>
        <translation>
            <numerusform>¿Eliminar %Ln contacto seleccionado? Escriba el número para confirmar.</numerusform>
            <numerusform>¿Eliminar %Ln contactos seleccionados? Escriba el número para confirmar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>The server URL is empty</source>
        <translation>La URL del servidor está vacía</translation>
    </message>
    <message>
        <source>The server URL is not a valid URL: %1</source>
        <translation>La URL del servidor no es una URL válida: %1</translation>
    </message>
    <message>
        <source>The server URL must start with http:// or https://</source>
        <translation>La URL del servidor debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>The server URL has no host name</source>
        <translation>La URL del servidor no tiene nombre de host</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password</source>
        <translation>La URL del servidor no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#)</source>
        <translation>La URL del servidor no debe contener una consulta (?) ni un fragmento (#)</translation>
    </message>
</context>
<context>
    <name>SetFlagCommand</name>
    <message>
        <source>Block 1 contact</source>
        <translation>Bloquear 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Block %Ln contacts</source>
        <translation>
            <numerusform>Bloquear %Ln contacto</numerusform>
            <numerusform>Bloquear %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock 1 contact</source>
        <translation>Desbloquear 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln contacts</source>
        <translation>
            <numerusform>Desbloquear %Ln contacto</numerusform>
            <numerusform>Desbloquear %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt in 1 contact</source>
        <translation>Suscribir 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Opt in %Ln contacts</source>
        <translation>
            <numerusform>Suscribir %Ln contacto</numerusform>
            <numerusform>Suscribir %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt out 1 contact</source>
        <translation>Cancelar la suscripción de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %Ln contacts</source>
        <translation>
            <numerusform>Cancelar la suscripción de %Ln contacto</numerusform>
            <numerusform>Cancelar la suscripción de %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>Sync waits %Ln s: %1</source>
        <translation>
            <numerusform>La sincronización espera %Ln s: %1</numerusform>
            <numerusform>La sincronización espera %Ln s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send local changes to the server and bring its changes here</source>
        <translation>Envía los cambios locales al servidor y trae aquí los suyos</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Review the changes sync could not merge</source>
        <translation>Revise los cambios que la sincronización no pudo combinar</translation>
    </message>
    <message>
        <source>Sync &amp;Settings…</source>
        <translation>&amp;Ajustes de sincronización…</translation>
    </message>
    <message>
        <source>The server to sync with, and when</source>
        <translation>El servidor con el que sincronizar, y cuándo</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No token for this server: enter it in Sync ▸ Sync Settings…</source>
        <translation>No hay token para este servidor: introdúzcalo en Sincronizar ▸ Ajustes de sincronización…</translation>
    </message>
    <message>
        <source>Sync was cancelled</source>
        <translation>Se canceló la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server has another contact with this phone</source>
        <translation>El servidor tiene otro contacto con este número de teléfono</translation>
    </message>
    <message>
        <source>list contacts</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>listar los contactos</translation>
    </message>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos local: %1</translation>
    </message>
    <message>
        <source>Sync was stopped</source>
        <translation>Se detuvo la sincronización</translation>
    </message>
    <message>
        <source>create contacts</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>crear contactos</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>No se creó</translation>
    </message>
    <message>
        <source>The server has this phone but did not list the contact</source>
        <translation>El servidor tiene este número de teléfono, pero no incluyó el contacto en la lista</translation>
    </message>
    <message>
        <source>update a contact</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>actualizar un contacto</translation>
    </message>
    <message>
        <source>The server cannot delete contacts: delete it there too</source>
        <translation>El servidor no puede eliminar contactos: elimínelo también allí</translation>
    </message>
    <message>
        <source>delete a contact</source>
        <extracomment>Completes &quot;The server refused to %1&quot;.</extracomment>
        <translation>eliminar un contacto</translation>
    </message>
    <message>
        <source>The local database could not be written: %1</source>
        <translation>No se pudo escribir en la base de datos local: %1</translation>
    </message>
    <message>
        <source>The server refused to %1 (%2 %3)</source>
        <extracomment>%1 is what sync asked for (such as &quot;list contacts&quot;), %2 the HTTP status and %3 the server&apos;s message (in English).</extracomment>
        <translation>El servidor se negó a %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The number of deletions to allow must be 1 or more, not %1</source>
        <translation>El número de eliminaciones permitidas debe ser 1 o más, no %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Not connected: the test was cancelled</source>
        <translation>Sin conexión: se canceló la prueba</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Not connected: the server answered HTTP %1: %2</source>
        <translation>Sin conexión: el servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s answer has no contact count</source>
        <translation>Sin conexión: la respuesta del servidor no trae el número de contactos</translation>
    </message>
    <message>
        <source>Connected: 1 contact on the server</source>
        <translation>Conectado: 1 contacto en el servidor</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln contacts on the server</source>
        <translation>
            <numerusform>Conectado: %Ln contacto en el servidor</numerusform>
            <numerusform>Conectado: %Ln contactos en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Sincronizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Also shortly after each &amp;edit</source>
        <translation>También poco después de cada &amp;edición</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation>Ajustes de sincronización</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>The most requests a minute this app sends; keep it at or under the server&apos;s limit</source>
        <translation>Las peticiones por minuto que envía como máximo esta aplicación; no supere el límite del servidor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID de la &amp;organización:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Peticiones por minuto:</translation>
    </message>
    <message>
        <source>When to Sync</source>
        <translation>Cuándo sincronizar</translation>
    </message>
    <message>
        <source>Sync Now (F5) always works; automatic sync is off until you turn it on.</source>
        <translation>Sincronizar ahora (F5) funciona siempre; la sincronización automática está desactivada hasta que la active.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Enter the server URL</source>
        <translation>Introduzca la URL del servidor</translation>
    </message>
    <message>
        <source>Enter the organization ID</source>
        <translation>Introduzca el ID de la organización</translation>
    </message>
    <message>
        <source>Enter the server URL and the organization ID</source>
        <translation>Introduzca la URL del servidor y el ID de la organización</translation>
    </message>
    <message>
        <source>Enter the token</source>
        <translation>Introduzca el token</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The organization whose contacts this database syncs, as the server names it</source>
        <translation>La organización cuyos contactos sincroniza esta base de datos, como la nombra el servidor</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutos entre sincronizaciones automáticas</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation>Sincronizando: conectando…</translation>
    </message>
    <message>
        <source>Syncing: receiving %1 of %2</source>
        <translation>Sincronizando: recibiendo %1 de %2</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation>Sincronizando: recibiendo…</translation>
    </message>
    <message>
        <source>Syncing: sending %1 of %2</source>
        <translation>Sincronizando: enviando %1 de %2</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation>Sincronizando: enviando…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Sin conexión — reintentando…</translation>
    </message>
    <message>
        <source>Offline — not synced</source>
        <translation>Sin conexión — sin sincronizar</translation>
    </message>
    <message>
        <source>Sync failed: Unauthorized</source>
        <translation>La sincronización falló: no autorizado</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last sync: %1
%2</source>
        <translation>Última sincronización: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message>
        <source>Add tag “%1” to 1 contact</source>
        <translation>Agregar la categoría “%1” a 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Agregar la categoría “%1” a %Ln contacto</numerusform>
            <numerusform>Agregar la categoría “%1” a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>Quitar la categoría “%1” de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la categoría “%1” de %Ln contacto</numerusform>
            <numerusform>Quitar la categoría “%1” de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add label “%1” to 1 contact</source>
        <translation>Agregar la etiqueta “%1” a 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Add label “%1” to %Ln contacts</source>
        <translation>
            <numerusform>Agregar la etiqueta “%1” a %Ln contacto</numerusform>
            <numerusform>Agregar la etiqueta “%1” a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label “%1” from 1 contact</source>
        <translation>Quitar la etiqueta “%1” de 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Remove label “%1” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la etiqueta “%1” de %Ln contacto</numerusform>
            <numerusform>Quitar la etiqueta “%1” de %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>%1: 1 contact</source>
        <translation>%1: 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contacts</source>
        <translation>
            <numerusform>%1: %Ln contacto</numerusform>
            <numerusform>%1: %Ln contactos</numerusform>
        </translation>
    </message>
</context>
</TS>
