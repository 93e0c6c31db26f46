using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Get-ImgurTag: Imgur's default tags (TG-01), or tags by name (TG-02).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTag", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurTag.md")]
[OutputType(typeof(ImgurTag), typeof(ImgurTagList))]
public sealed class GetImgurTagCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByNameSet = "ByName";

    /// <summary>The tag names to describe; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = System.Array.Empty<string>();

    /// <summary>Writes the whole listing (tags, featured tag and curated galleries) as one object instead of the tags.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter AsTagList { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ListSet)
        {
            if (!TryAwait(Client.GetTagListAsync(call), "tags", out var list)) return;
            if (AsTagList) WriteObject(list);
            else WriteObject(list.Tags ?? System.Array.Empty<ImgurTag>(), enumerateCollection: true);
            return;
        }

        foreach (var name in TagName)
        {
            WriteResult(Client.GetTagInfoAsync(call, name), name);
        }
    }
}
