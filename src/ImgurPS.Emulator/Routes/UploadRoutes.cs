using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Media;
using ImgurPS.Emulator.Store;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Routes;

/// <summary><c>POST /3/image</c> and <c>POST /3/upload</c> (spec 2.5 IM-02, IM-03; 1.13).</summary>
public static class UploadRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.MapAsync(["POST"], "/3/image", Metering.Upload, UploadAsync);
        api.MapAsync(["POST"], "/3/upload", Metering.Upload, UploadAsync);
    }

    static async Task<Reply> UploadAsync(ApiCall call)
    {
        UploadForm? form = null;
        try
        {
            form = await UploadForm.ReadAsync(call.Http.Request, call.Options.HashUploads, call.Options.KeepMedia ? call.State.Media : null, call.Aborted);
            return await AnswerAsync(call, form);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return OverSizeLimit();
        }
        finally
        {
            // Kept under the new image's id when stored; anything else (a refusal, a cut-off upload) goes.
            if (form?.KeptPath is { } kept)
            {
                MediaFiles.Discard(kept);
            }
        }
    }

    static async Task<Reply> AnswerAsync(ApiCall call, UploadForm form)
    {
        if (form is not { Source: { } source, File: { } file })
        {
            return Reply.Error(400, "No image data was sent to the upload api");
        }

        if (source == UploadSource.Url && call.Options.FetchUploadUrls)
        {
            (InspectedFile? fetched, Reply? refusal) = await UrlFetcher.FetchAsync(form.Url!, call.Options.MaxVideoBytes, call.Options.HashUploads, call.Aborted);
            if (refusal is not null)
            {
                return refusal;
            }

            file = fetched!;
        }

        string? declared = form.Fields.GetValueOrDefault("type")?.ToLowerInvariant();
        if (declared is "url" or "base64" && declared != source.ToString().ToLowerInvariant())
        {
            return Reply.Error(400, $"The type field says '{declared}', but the image field holds {source.ToString().ToLowerInvariant()} data.");
        }

        if (file.Media is not { } media)
        {
            return Reply.Error(400, "File type invalid (1)");
        }

        // The spec names /3/upload as the route for video (IM-03, the video field); clients that post a video to
        // /3/image are refused there. The wording of the refusal is the emulator's: none was recorded.
        if (media.IsVideo && call.Request.Path == "/3/image")
        {
            return Reply.Error(400, "Videos are uploaded with POST /3/upload, not /3/image.");
        }

        if (file.Size > (media.IsVideo ? call.Options.MaxVideoBytes : call.Options.MaxImageBytes))
        {
            return OverSizeLimit();
        }

        // The stored part runs under the store's lock, like every other route's handler.
        lock (call.State.Store.Gate)
        {
            return Store(call, form, media, file, fetched: source == UploadSource.Url && call.Options.FetchUploadUrls);
        }
    }

    static Reply Store(ApiCall call, UploadForm form, MediaType media, InspectedFile file, bool fetched)
    {
        ImgurStore store = call.State.Store;
        AlbumRecord? album = null;
        if (form.Fields.GetValueOrDefault("album") is { Length: > 0 } albumKey)
        {
            album = store.FindAlbumByDeletehash(albumKey) ?? store.FindAlbum(albumKey);
            if (album is null)
            {
                return Reply.Error(404, $"Unable to find an album with the id, {albumKey}");
            }

            if (album.Deletehash != albumKey && !album.IsOwnedBy(call.User))
            {
                return Reply.Error(403, $"You do not own the album {albumKey}; add to it with its deletehash instead.");
            }
        }

        // disable_audio needs no handling: the emulator never reports a sound track.
        ImageRecord image = store.AddImage(
            (id, deletehash) => new ImageRecord
            {
                Id = id,
                Deletehash = deletehash,
                Owner = call.User,
                Datetime = EmulatorClock.Now.ToUnixTimeSeconds(),
                Title = form.Fields.GetValueOrDefault("title"),
                Description = form.Fields.GetValueOrDefault("description"),
                Name = form.Fields.GetValueOrDefault("name") ?? form.FileName ?? "",
                Media = media,
                Animated = file.Animated,
                Width = file.Width,
                Height = file.Height,
                Size = file.Size,
                ProcessedAt = EmulatorClock.Now.AddSeconds(media.IsVideo ? call.Options.VideoProcessingSeconds : 0),
            },
            album);
        if (form.Source != UploadSource.Url || fetched) call.State.Uploads.Enqueue(new UploadRecord(image.Id, file.Sha256, file.Size));
        if (form.KeptPath is { } kept && !fetched)
        {
            call.State.Media.Keep(kept, image.Id);
        }

        return Reply.Ok(ImgurJson.Image(image, call.View, uploadResponse: true));
    }

    /// <summary>Form B, as Imgur's upload path answers it (spec 1.5, Q23).</summary>
    static Reply OverSizeLimit() => Reply.ErrorObject(400, 1002, "File is over the size limit");
}
