BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe '<Cmdlet>' -ForEach @(
    @{ Cmdlet = 'Get-ImgurAccountImage'; Type = 'ImgurPS.Models.ImgurImage'; Plural = 'images'; Singular = 'image'; IdParameter = 'ImageId' }
    @{ Cmdlet = 'Get-ImgurAccountAlbum'; Type = 'ImgurPS.Models.ImgurAlbum'; Plural = 'albums'; Singular = 'album'; IdParameter = 'AlbumId' }
) {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'lists the signed-in user''s items by default, on the full path' {
        $items = & $Cmdlet

        $items | Should -Not -BeNullOrEmpty
        $items | Should -BeOfType $Type
        $items.Id | Should -Not -Contain $null
        $request = Get-EmulatorRequest
        $request.path | Should -Be "/3/account/me/$Plural/0.json"
        $request.query | Should -Not -Match 'perPage'
    }

    It 'sends -PerPage and -Page, and walks pages with -All until an empty one' {
        $everything = @(& $Cmdlet -All)
        Clear-EmulatorRequest

        $last = $everything.Count - 1
        $page = & $Cmdlet -PerPage 1 -Page $last
        $request = Get-EmulatorRequest
        $request.path | Should -Be "/3/account/me/$Plural/$last.json"
        $request.query | Should -Match 'perPage=1'
        @($page) | Should -HaveCount 1
        $page.Id | Should -Be $everything[-1].Id

        Clear-EmulatorRequest
        $walked = & $Cmdlet -PerPage 1 -All
        $walked.Id | Should -Be $everything.Id
        @(Get-EmulatorRequest) | Should -HaveCount ($everything.Count + 1)
    }

    It 'makes one request for -All | Select-Object -First 1' {
        $null = & $Cmdlet -PerPage 1 -All | Select-Object -First 1
        @(Get-EmulatorRequest) | Should -HaveCount 1
    }

    It 'gets one item by id' {
        $first = & $Cmdlet | Select-Object -First 1
        $parameters = @{ $IdParameter = $first.Id }

        $one = & $Cmdlet @parameters

        $one.Id | Should -Be $first.Id
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/account/me/$Singular/$($first.Id).json"
    }

    It 'writes the ids as strings with -IdOnly, and the count with -Count' {
        $everything = @(& $Cmdlet -All)

        $idList = & $Cmdlet -IdOnly -All
        $total = & $Cmdlet -Count

        $idList | Should -BeOfType string
        ($idList | Sort-Object) | Should -Be ($everything.Id | Sort-Object)
        $total | Should -BeOfType long
        $total | Should -Be $everything.Count
    }

    It 'gives the same objects in the XML form' {
        $json = & $Cmdlet -Format Json
        $xml = & $Cmdlet -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/account/me/$Plural/0.xml"
    }

    It 'needs a signed-in user for me, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { & $Cmdlet -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses -PerPage above 100' {
        { & $Cmdlet -PerPage 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'reports an unknown item as ObjectNotFound' {
        $parameters = @{ $IdParameter = 'NoSuchItem' }
        & $Cmdlet @parameters -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchItem'
    }
}

Describe 'An account''s images with a client id only' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $credential = Get-EmulatorCredential
        Clear-EmulatorRequest
    }

    It 'lists them (AC-22), while the emulator answers the single image, ids and count with 401 as the spec says' {
        $headers = @{ Authorization = "Client-ID $($credential.clientId)" }
        foreach ($route in 'images/count', 'images/ids', 'image/EmuImg1') {
            $answer = Invoke-WebRequest -Uri "$(Get-EmulatorUri)3/account/$($credential.username)/$route.json" -Headers $headers -SkipHttpErrorCheck
            $answer.StatusCode | Should -Be 401 -Because "$route needs a signed-in user"
        }

        Get-ImgurAccountImage -Username $credential.username | Should -Not -BeNullOrEmpty
        Get-ImgurAccountAlbum -Username $credential.username -Count | Should -BeGreaterThan 0
    }

    It 'needs a signed-in user for the single image, the ids and the count, before sending' {
        Clear-EmulatorRequest

        { Get-ImgurAccountImage -Username $credential.username -Count -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        { Get-ImgurAccountImage -Username $credential.username -IdOnly -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        { Get-ImgurAccountImage -Username $credential.username -ImageId EmuImg1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
