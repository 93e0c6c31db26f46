@{
    RootModule           = 'ImgurPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1d3c52-8a4e-4f7b-9c1a-2e5d7b8c9f10'
    Author               = 'The ImgurPS team'
    CompanyName          = 'ImgurPS'
    Copyright            = '(c) The ImgurPS team. MIT License.'
    Description          = 'The Imgur API v3 as PowerShell cmdlets: uploads, galleries, credits and rate limits as typed objects, for Windows PowerShell 5.1 and PowerShell 7.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('ImgurPS.Format.ps1xml')
    CmdletsToExport      = @(
        'Add-ImgurAlbumImage'
        'Add-ImgurCustomGalleryTag'
        'Add-ImgurFollowedTag'
        'Block-ImgurAccount'
        'Block-ImgurTag'
        'Connect-Imgur'
        'Disconnect-Imgur'
        'Get-ImgurAccount'
        'Get-ImgurAccountAlbum'
        'Get-ImgurAccountAvatar'
        'Get-ImgurAccountBlock'
        'Get-ImgurAccountComment'
        'Get-ImgurAccountFavorite'
        'Get-ImgurAccountGalleryFavorite'
        'Get-ImgurAccountGalleryProfile'
        'Get-ImgurAccountImage'
        'Get-ImgurAccountSetting'
        'Get-ImgurAccountSubmission'
        'Get-ImgurAlbum'
        'Get-ImgurAlbumImage'
        'Get-ImgurComment'
        'Get-ImgurCommentReply'
        'Get-ImgurConnection'
        'Get-ImgurConversation'
        'Get-ImgurCredit'
        'Get-ImgurCustomGallery'
        'Get-ImgurFeed'
        'Get-ImgurFilteredGallery'
        'Get-ImgurGallery'
        'Get-ImgurGalleryComment'
        'Get-ImgurGalleryItem'
        'Get-ImgurGalleryTag'
        'Get-ImgurGalleryVote'
        'Get-ImgurImage'
        'Get-ImgurMemeGallery'
        'Get-ImgurMemeTemplate'
        'Get-ImgurNotification'
        'Get-ImgurOption'
        'Get-ImgurSubredditGallery'
        'Get-ImgurTag'
        'Get-ImgurTagGallery'
        'Get-ImgurTopic'
        'Get-ImgurTopicGallery'
        'Invoke-ImgurRestMethod'
        'New-ImgurAlbum'
        'New-ImgurComment'
        'Publish-ImgurGalleryItem'
        'Register-ImgurApplication'
        'Remove-ImgurAccount'
        'Remove-ImgurAlbum'
        'Remove-ImgurAlbumImage'
        'Remove-ImgurComment'
        'Remove-ImgurConversation'
        'Remove-ImgurCustomGalleryTag'
        'Remove-ImgurFollowedTag'
        'Remove-ImgurImage'
        'Save-ImgurAlbum'
        'Save-ImgurImage'
        'Search-ImgurGallery'
        'Send-ImgurAccountVerificationEmail'
        'Send-ImgurImage'
        'Send-ImgurMessage'
        'Send-ImgurReport'
        'Set-ImgurAccountSetting'
        'Set-ImgurAlbum'
        'Set-ImgurAlbumImage'
        'Set-ImgurGalleryTag'
        'Set-ImgurImage'
        'Set-ImgurNotification'
        'Set-ImgurOption'
        'Set-ImgurVote'
        'Switch-ImgurFavorite'
        'Test-ImgurAccountEmail'
        'Test-ImgurConnection'
        'Unblock-ImgurAccount'
        'Unblock-ImgurTag'
        'Unpublish-ImgurGalleryItem'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Imgur', 'API', 'Upload', 'Images', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/imgurps/ImgurPS'
            LicenseUri   = 'https://github.com/imgurps/ImgurPS/blob/main/LICENSE'
            ReleaseNotes = @'
0.1.0, the first release:
- A cmdlet for every operation of the Imgur API v3 (75 cmdlets), and Invoke-ImgurRestMethod for anything else.
- Anonymous (Client-ID), OAuth 2 (browser sign-in, refresh tokens, access tokens) and RapidAPI sessions;
  -Persist saves a session readable by its owner alone.
- Typed objects with the response's rate limits; JSON or XML on the wire (-Format), the same objects either way.
- Bulk uploads: wildcards and the pipeline, -ThrottleLimit, progress bars, a resumable -Journal, per-file errors.
- Retries with backoff, ETags, a guard for the daily credits, Sunset warnings, secrets masked in every log.
- An offline Imgur emulator for trying scripts and for the tests.
'@
        }
    }
}
