// Calls every public method of the npm `imgur` client (pinned in package.json) against an emulator and prints one
// JSON line per call: what a user of that client would see. The client is pointed at the emulator the least
// invasive way, by its base address; its parsing is left as it is.
// Usage: node conformance.mjs <emulator base URI> <client id> <access token> <image file>
import { ImgurClient } from 'imgur';
import { createReadStream } from 'node:fs';

const [base, clientId, accessToken, imageFile] = process.argv.slice(2);
const origin = base.replace(/\/$/, '');

function pointAt(client) {
  for (const fetcher of [client.fetcher, client.plainFetcher]) {
    fetcher.interceptors.request.use((config) => ({ ...config, baseURL: origin }));
  }
  return client;
}

const anonymous = pointAt(new ImgurClient({ clientId }));
const user = pointAt(new ImgurClient({ accessToken }));

async function call(name, run) {
  let result;
  try {
    const answer = await run();
    result = { name, success: answer.success, status: answer.status, data: answer.data };
  } catch (error) {
    result = { name, success: false, status: null, data: String(error && error.message) };
  }
  console.log(JSON.stringify(result));
  return result;
}

const uploaded = await call('upload', () => anonymous.upload({ image: createReadStream(imageFile), type: 'stream', title: 'From npm' }));
const id = uploaded.data && uploaded.data.id;
const deletehash = uploaded.data && uploaded.data.deletehash;
await call('getImage', () => anonymous.getImage(id));
await call('updateImage', () => anonymous.updateImage({ imageHash: deletehash, title: 'Renamed by npm' }));
await call('favoriteImage', () => user.favoriteImage('EmuImg3'));
await call('createAlbum', () => anonymous.createAlbum('Album from npm', 'made by the npm client'));
await call('getAlbum', () => anonymous.getAlbum('EmuAlbm'));
await call('getAccount', () => anonymous.getAccount('emulator-user'));
await call('getAlbums', () => anonymous.getAlbums('emulator-user'));
await call('getAlbumsIds', () => anonymous.getAlbumsIds('emulator-user'));
await call('getGallery', () => anonymous.getGallery({ section: 'hot', sort: 'viral', mature: false }));
await call('getSubredditGallery', () => anonymous.getSubredditGallery({ subreddit: 'pics', sort: 'time' }));
await call('searchGallery', () => anonymous.searchGallery({ q: 'dog' }));
await call('deleteImage', () => anonymous.deleteImage(deletehash));
