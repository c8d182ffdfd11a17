/** Where the learned model's file sits inside the built extension (and under public/ in the repository). Its own module: the content script needs the path without the checker. */
export const MODEL_PATH = 'model/school-model.bin';
