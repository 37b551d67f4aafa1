// telegram-test-api with the corrections listed in shared/notes/telegram-emulator.md, so that a
// python-telegram-bot 22 bot runs against it as against the real Bot API.
// Usage: node emulator.js PORT   (prints READY when listening on 127.0.0.1:PORT)
const routes = require('telegram-test-api/lib/routes/index').routes;
const { handle } = require('telegram-test-api/lib/routes/bot/utils');
const TelegramServer = require('telegram-test-api');
const axios = require('axios');

const now = () => Math.floor(Date.now() / 1000);
const botUser = { id: 666, is_bot: true, first_name: 'Keqing', username: 'KeqingTestBot' };

const editedMessage = (body) => ({
  message_id: Number(body.message_id),
  date: now(),
  chat: { id: Number(body.chat_id), type: 'private' },
  from: botUser,
  text: body.text || '',
});

// PTB uploads files as multipart/form-data, which the emulator does not parse: read the fields it
// needs from the raw body and keep the upload as a bot message whose text names the file.
const field = (raw, name) => {
  const match = raw.match(new RegExp(`name="${name}"\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n([^\\r\\n]*)`));
  return match ? match[1] : undefined;
};
const upload = (server, kind) => (req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('latin1');
    const chatId = Number(field(raw, 'chat_id') || req.body.chat_id);
    const filename = (raw.match(/filename="([^"]*)"/) || [])[1] || kind;
    const caption = Buffer.from(field(raw, 'caption') || '', 'latin1').toString('utf8');
    const message = server.addBotMessage(
      { chat_id: chatId, text: `[${kind}:${Buffer.from(filename, 'latin1').toString('utf8')}:${raw.length}] ${caption}` },
      req.params.token,
    );
    const file = { file_id: `f${message.message_id}`, file_unique_id: `u${message.message_id}` };
    const media = kind === 'photo' ? { photo: [{ ...file, width: 990, height: 1320 }] } : { document: { ...file, file_name: filename } };
    res.sendResult({ ok: true, result: { message_id: message.message_id, date: now(), chat: { id: chatId, type: 'private' }, from: botUser, ...media } });
  });
};

// The real Bot API long-polls: getUpdates with `timeout` waits for an update instead of answering
// at once. Users' clients are pushed their messages; here `/getUpdates` takes `wait` (seconds) and
// holds the request until a bot message for that chat arrives. Without these, bot and clients
// busy-poll, and under load the polling costs more CPU than the bot's own work.
const USER_EVENTS = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
const longPoll = (res, take, subscribe, seconds) => {
  const first = take();
  if (first.length || !(seconds > 0)) return res.sendResult({ ok: true, result: first });
  let unsubscribe = () => {};
  const finish = (result) => {
    clearTimeout(timer);
    unsubscribe();
    res.sendResult({ ok: true, result });
  };
  const timer = setTimeout(() => finish(take()), seconds * 1000);
  unsubscribe = subscribe(() => {
    const found = take();
    if (found.length) finish(found);
  });
  res.on('close', () => { clearTimeout(timer); unsubscribe(); });
};
const unreadFor = (server, token, chatId) => () => {
  const found = server.storage.botMessages.filter((u) => u.botToken === token
    && String(u.message.chat_id) === String(chatId) && !u.isRead);
  found.forEach((u) => { u.isRead = true; });
  return found;
};

function fixes(app, server) {
  // The real Bot API sends a webhook's secret_token back in a header on every push; the emulator
  // drops it, so a bot that checks it (as ours does) would refuse every update.
  const addUserUpdate = server.addUserUpdate.bind(server);
  server.addUserUpdate = async (update) => {
    const hook = server.webhooks[update.botToken];
    if (!hook || !hook.secret_token) return addUserUpdate(update);
    await axios.post(hook.url, TelegramServer.formatUpdate(update), {
      headers: { 'X-Telegram-Bot-Api-Secret-Token': hook.secret_token },
    });
    server.updateId++;
  };
  const addBotMessage = server.addBotMessage.bind(server);
  server.addBotMessage = (raw, token) => {
    const message = addBotMessage(raw, token);
    server.emit(`botMessage:${message.chat.id}`);
    return message;
  };
  handle(app, '/bot:token/getUpdates', (req, res) => {
    const params = { ...req.query, ...req.body };
    longPoll(res, () => server.getUpdates(req.params.token), (wake) => {
      USER_EVENTS.forEach((event) => server.on(event, wake));
      return () => USER_EVENTS.forEach((event) => server.off(event, wake));
    }, Number(params.timeout || 0));
  });
  app.post('/getUpdates', (req, res) => {
    const event = `botMessage:${req.body.chatId}`;
    longPoll(res, unreadFor(server, req.body.token, req.body.chatId), (wake) => {
      server.on(event, wake);
      return () => server.off(event, wake);
    }, Number(req.body.wait || 0));
  });
  // Users send files too: the client posts the file's bytes (base64) with its name, and the bot
  // fetches them with getFile and a download from /file/bot<token>/<file_path>, as from the real API.
  const files = new Map();
  app.post('/sendDocument', (req, res) => {
    const { content, file_name: fileName, ...message } = req.body;
    const id = `doc${files.size + 1}`;
    const data = Buffer.from(content || '', 'base64');
    files.set(id, data);
    const document = { file_id: id, file_unique_id: `u${id}`, file_name: fileName, file_size: data.length };
    server.addUserMessage({ ...message, document });
    res.sendResult({ ok: true, result: null });
  });
  handle(app, '/bot:token/getFile', (req, res) => {
    const id = (req.body && req.body.file_id) || req.query.file_id;
    const data = files.get(id);
    if (!data) return res.sendResult({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
    return res.sendResult({
      ok: true, result: { file_id: id, file_unique_id: `u${id}`, file_size: data.length, file_path: `documents/${id}` },
    });
  });
  app.get('/file/bot:token/documents/:id', (req, res) => {
    const data = files.get(req.params.id);
    if (!data) return res.status(404).end();
    return res.end(data);
  });
  handle(app, '/bot:token/sendPhoto', upload(server, 'photo'));
  handle(app, '/bot:token/sendDocument', upload(server, 'document'));
  handle(app, '/bot:token/getMe', (_req, res) => res.sendResult({ ok: true, result: botUser }));
  handle(app, '/bot:token/sendMessage', (req, res) => {
    const message = server.addBotMessage(req.body, req.params.token);
    res.sendResult({ ok: true, result: { ...message, from: botUser, date: Math.floor(message.date / 1000) } });
  });
  handle(app, '/bot:token/editMessageText', (req, res) => {
    server.editMessageText(req.body);
    res.sendResult({ ok: true, result: editedMessage(req.body) });
  });
  handle(app, '/bot:token/editMessageReplyMarkup', (req, res) => {
    server.editMessageReplyMarkup(req.body);
    res.sendResult({ ok: true, result: editedMessage(req.body) });
  });
  for (const method of ['sendChatAction', 'setMyCommands', 'deleteMyCommands']) {
    handle(app, `/bot:token/${method}`, (_req, res) => res.sendResult({ ok: true, result: true }));
  }
}
routes.unshift(fixes);

const formatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => {
  const formatted = formatUpdate(update);
  if (formatted.callback_query) {
    formatted.callback_query.chat_instance = String(update.callbackQuery.chat_instance || '1');
  }
  return formatted;
};

const server = new TelegramServer({ port: Number(process.argv[2] || 9000), host: '127.0.0.1', storeTimeout: 600 });
server.setMaxListeners(0); // one waiting request per chat, and the bot's poll
server.start().then(() => console.log('READY'));
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
