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
        'Add-ImgurFollowedTag'
        'Block-ImgurAccount'
        'Connect-Imgur'
        'Disconnect-Imgur'
        'Get-ImgurConnection'
        'Get-ImgurAccount'
        'Get-ImgurAccountAvatar'
        'Get-ImgurAccountBlock'
        'Get-ImgurAccountComment'
        'Get-ImgurAccountFavorite'
        'Get-ImgurAccountGalleryFavorite'
        'Get-ImgurAccountGalleryProfile'
        'Get-ImgurAccountSetting'
        'Get-ImgurAccountSubmission'
        'Get-ImgurComment'
        'Get-ImgurCommentReply'
        'Get-ImgurConversation'
        'Get-ImgurCredit'
        'Get-ImgurGallery'
        'Get-ImgurGalleryComment'
        'Get-ImgurNotification'
        'New-ImgurComment'
        'Remove-ImgurAccount'
        'Remove-ImgurComment'
        'Remove-ImgurConversation'
        'Remove-ImgurFollowedTag'
        'Send-ImgurAccountVerificationEmail'
        'Send-ImgurImage'
        'Send-ImgurMessage'
        'Send-ImgurReport'
        'Set-ImgurAccountSetting'
        'Set-ImgurNotification'
        'Test-ImgurAccountEmail'
        'Unblock-ImgurAccount'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Imgur', 'API', 'Upload', 'Images', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/imgurps/ImgurPS'
            LicenseUri   = 'https://github.com/imgurps/ImgurPS/blob/main/LICENSE'
            ReleaseNotes = 'First release: Connect-Imgur, Disconnect-Imgur, Send-ImgurImage, Get-ImgurGallery and Get-ImgurCredit, JSON and XML wire formats, typed rate limits, and an offline Imgur emulator.'
        }
    }
}
