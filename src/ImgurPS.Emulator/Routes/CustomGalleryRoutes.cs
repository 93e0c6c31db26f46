using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The custom gallery (main-gallery posts carrying one of the user's chosen tags, minus those with a
/// blocked tag) and the filtered gallery (the posts the blocked tags remove): spec 2.9 CG-01..CG-07,
/// canonical under <c>/3/g/custom</c>, with the older paths as aliases (Q18).
/// </summary>
public static class CustomGalleryRoutes
{
    static readonly string[] Sorts = ["viral", "time", "top"];

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/g/custom/{**rest}", Metering.Request, call => Gallery(call, filtered: false));
        api.Map(["GET"], "/3/g", Metering.Request, call => Gallery(call, filtered: false));
        api.Map(["GET"], "/3/g/filtered/{**rest}", Metering.Request, call => Gallery(call, filtered: true));
        api.Map(["GET"], "/3/g/filtered_out/{**rest}", Metering.Request, call => Gallery(call, filtered: true));

        // Documented as PUT; POST accepted too (Q17).
        api.Map(["PUT", "POST"], "/3/g/custom/add_tags", Metering.Request, AddTags);
        api.Map(["PUT", "POST"], "/3/g/add_tags", Metering.Request, AddTags);
        api.Map(["DELETE"], "/3/g/custom/remove_tags", Metering.Request, RemoveTags);
        api.Map(["DELETE"], "/3/g/remove_tags", Metering.Request, RemoveTags);
        api.Map(["POST"], "/3/g/block_tag", Metering.Request, call => ChangeTag(call, (user, tag) => AddOnce(user.BlockedTags, tag)));
        api.Map(["POST"], "/3/g/unblock_tag", Metering.Request, call => ChangeTag(call, (user, tag) => user.BlockedTags.Remove(tag)));
    }

    /// <summary>The Custom Gallery model (3.17): the page as <c>items</c>, the total as <c>item_count</c>.</summary>
    static Reply Gallery(ApiCall call, bool filtered)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        bool Blocked(GalleryPost post) => post.Tags.Any(tag => user.BlockedTags.Contains(tag.Name));
        IEnumerable<GalleryPost> posts = call.State.Store.Gallery.Where(post => post.IsMain && (filtered
            ? Blocked(post)
            : !Blocked(post) && post.Tags.Any(tag => user.CustomTags.Contains(tag.Name))));
        return GalleryListing.Serve(call, call.Segments("rest"), Sorts, "viral", "week", posts, (page, all) => new JsonObject
        {
            ["account_url"] = user.Username,
            ["link"] = $"https://imgur.com/g/{(filtered ? "filtered" : "custom")}",
            ["tags"] = JsonList.Of(filtered ? user.BlockedTags : user.CustomTags),
            ["item_count"] = all.Count,
            ["items"] = ImgurJson.GalleryItems(page, call.View),
        });
    }

    static Reply AddTags(ApiCall call) => ChangeTags(call, (user, tag) => AddOnce(user.CustomTags, tag));

    static Reply RemoveTags(ApiCall call) => ChangeTags(call, (user, tag) => user.CustomTags.Remove(tag));

    static Reply ChangeTags(ApiCall call, Action<Account, string> change)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.List("tags") is not { Count: > 0 } tags)
        {
            return Access.Missing("tags");
        }

        foreach (string tag in tags)
        {
            change(user, call.State.Store.EnsureTag(tag.ToLowerInvariant()).Name);
        }

        return Reply.Ok(true);
    }

    static Reply ChangeTag(ApiCall call, Action<Account, string> change)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.Field("tag") is not { Length: > 0 } tag)
        {
            return Access.Missing("tag");
        }

        change(user, call.State.Store.EnsureTag(tag.Trim().ToLowerInvariant()).Name);
        return Reply.Ok(true);
    }

    static void AddOnce(List<string> tags, string tag)
    {
        if (!tags.Contains(tag))
        {
            tags.Add(tag);
        }
    }
}
